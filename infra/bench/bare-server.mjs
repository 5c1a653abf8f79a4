// The bench's floor for the cached directory answer: a bare Node HTTP server that sends the bytes and
// headers our gateway sent for one directory request, 200 or (to a matching If-None-Match) 304
// (BENCH_ANSWER, a JSON file: { ok: { headers, body }, notModified: { headers } }). Nothing else: no
// routing, no parsing.
import fs from 'node:fs';
import { Buffer } from 'node:buffer';
import http from 'node:http';

const answer = JSON.parse(fs.readFileSync(process.env.BENCH_ANSWER, 'utf8'));
const body = Buffer.from(answer.ok.body, 'base64');
/** The gateway's headers but those of the connection, which Node writes itself. */
const own = (headers) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !['connection', 'keep-alive', 'date'].includes(name)));
const ok = own(answer.ok.headers);
const notModified = own(answer.notModified.headers);

http
  .createServer((request, response) => {
    if (request.headers['if-none-match'] === ok.etag) {
      response.writeHead(304, notModified).end();
      return;
    }
    response.writeHead(200, ok).end(body);
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
