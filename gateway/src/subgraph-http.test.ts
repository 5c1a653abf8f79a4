import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { callSubgraph } from './subgraph-http';

/** A subgraph stand-in: answers each request with `answer`, counting requests and connections. */
async function server(answer: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void) {
  const received: string[] = [];
  let connections = 0;
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(body);
      answer(req, res, body);
    });
  });
  srv.on('connection', () => connections++);
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/graphql`;
  return {
    url,
    received,
    connections: () => connections,
    stop: () => new Promise<void>((resolve) => (srv.closeAllConnections(), srv.close(() => resolve()))),
  };
}

const post = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('a subgraph call', () => {
  it('sends the body once and reads the answer whole, its headers in any case; calls share a kept-alive socket', async () => {
    const subgraph = await server((_req, res, body) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ data: { echo: JSON.parse(body).query } }));
    });
    try {
      const first = await callSubgraph(subgraph.url, post('{"query":"{ a }"}'), 1000);
      const second = await callSubgraph(subgraph.url, post('{"query":"{ b }"}'), 1000);
      expect([first.status, first.ok, first.headers.get('CONTENT-TYPE')]).toEqual([200, true, 'application/json']);
      expect(await first.json()).toEqual({ data: { echo: '{ a }' } });
      expect(await second.text()).toBe('{"data":{"echo":"{ b }"}}');
      expect(subgraph.received).toEqual(['{"query":"{ a }"}', '{"query":"{ b }"}']);
      expect(subgraph.connections()).toBe(1);
    } finally {
      await subgraph.stop();
    }
  });

  it('does not follow a redirect: the 3xx comes back as it is, and the request went out once', async () => {
    const subgraph = await server((_req, res) => {
      res.writeHead(307, { location: '/graphql' });
      res.end();
    });
    try {
      const answer = await callSubgraph(subgraph.url, post('{"query":"mutation { m }"}'), 1000);
      expect([answer.status, answer.ok]).toEqual([307, false]);
      expect(subgraph.received).toHaveLength(1);
    } finally {
      await subgraph.stop();
    }
  });

  it('fails as a timeout when the answer does not come in time, part of it sent or none', async () => {
    const silent = await server(() => undefined);
    const halfway = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
    });
    try {
      for (const subgraph of [silent, halfway]) {
        await expect(callSubgraph(subgraph.url, post('{}'), 100)).rejects.toMatchObject({ name: 'TimeoutError', timeoutMs: 100 });
      }
    } finally {
      await Promise.all([silent.stop(), halfway.stop()]);
    }
  });

  it('fails with the socket error when nothing listens', async () => {
    const gone = await server(() => undefined);
    await gone.stop();
    await expect(callSubgraph(gone.url, post('{}'), 1000)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('a kept-alive socket the subgraph closed as the call went out', () => {
  /** Answers the first request of every connection; a second one on the same connection is reset unread. */
  async function closingSubgraph() {
    const requests: string[] = [];
    const sockets = new Set<net.Socket>();
    const srv = net.createServer((socket) => {
      sockets.add(socket);
      let answered = false;
      socket.on('data', (data) => {
        requests.push(data.toString('latin1').split('\r\n')[0]);
        if (answered) return socket.resetAndDestroy();
        answered = true;
        socket.write(
          'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\nkeep-alive: timeout=60\r\n\r\n{"data":{}}',
        );
      });
    });
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/graphql`,
      requests,
      stop: () => {
        sockets.forEach((socket) => socket.destroy());
        srv.close();
      },
    };
  }

  it('is a read sent again on a new connection; a mutation (once) has a connection of its own and is sent once', async () => {
    const subgraph = await closingSubgraph();
    try {
      await callSubgraph(subgraph.url, post('{}'), 1000);
      const read = await callSubgraph(subgraph.url, post('{}'), 1000);
      expect(await read.text()).toBe('{"data":{}}');
      expect(subgraph.requests).toHaveLength(3);
      const mutation = await callSubgraph(subgraph.url, post('{"query":"mutation { m }"}'), 1000, { once: true });
      expect(mutation.status).toBe(200);
      expect(subgraph.requests).toHaveLength(4);
    } finally {
      subgraph.stop();
    }
  });
});
