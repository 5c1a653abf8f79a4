import { assertNoLeaks, findLeaks } from './leaks';

const requestId = '3f0c1a52-8d7e-4c1b-9a44-0e6f1c2d3b4a';
const error = (message: string, extensions: Record<string, unknown> = {}) =>
  JSON.stringify({ errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, ...extensions } }] });
const whatLeaks = (text: string, headers: Record<string, string> = {}) => findLeaks({ text, headers }).map((leak) => leak.what);

describe('the leak scanner', () => {
  it('passes what the graph legitimately answers: ids, times, cursors, public websites, listed errors', () => {
    const data = {
      data: {
        publicOffer: {
          edges: [
            {
              cursor: 'YWN0aXZpdHk6MTY6MzA=',
              node: {
                id: '0a000000-0000-4000-8000-000000000002',
                title: 'Select a course from the list',
                startsAt: '2026-03-02T16:30:00.000Z',
                organisation: { contact: { website: 'https://www.caw.be/brussel', phone: '+32 2 513 46 58' } },
              },
            },
          ],
        },
      },
    };
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': requestId,
      date: 'Mon, 23 Nov 2026 11:10:14 GMT',
      etag: 'W/"1a4-9c2Yc0T0aEo"',
      'retry-after': '12',
    };
    expect(findLeaks({ text: JSON.stringify(data), headers: new Headers(headers) })).toEqual([]);
    const parse = 'Syntax Error: Unexpected Name "x".';
    expect(whatLeaks(error(parse, { code: 'GRAPHQL_PARSE_FAILED' }))).toEqual([]);
    expect(whatLeaks(error('The organisations service is not answering.', { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'x' }))).toEqual(
      [],
    );
  });

  it.each([
    ['a stack frame', error('boom', { stacktrace: ['Error: boom', '    at Object.<anonymous> (/srv/cort/dist/server.js:12:7)'] })],
    ['a stack frame', error('failed at async resolve (file:///srv/cort/x.mjs:3:9)')],
    ['a JavaScript error name', error("TypeError: Cannot read properties of undefined (reading 'id')")],
    ['a loopback or private address', error('request to 127.0.0.1 failed')],
    ['a loopback or private address', error('no route to 192.168.4.20')],
    ['a host with a port', error('request to http://participants:4003/graphql failed')],
    ['an internal host name', error('getaddrinfo failed for db.internal')],
    ['a connection string', error('cannot reach postgresql://cort:secret@db/activities')],
    ['a socket error', error('connect ECONNREFUSED')],
    ['a socket error', error('fetch failed')],
    ['a Prisma error', error('Unique constraint failed', { prismaCode: 'P2002' })],
    [
      'a Prisma error',
      error('Invalid `prisma.participant.create()` invocation: Unique constraint failed on the fields: (`detaineeNumber`)'),
    ],
    ['SQL', error('SELECT "public"."Participant"."id" FROM "public"."Participant" WHERE 1=1')],
    ['SQL', error('UPDATE "public"."Enrolment" SET "status" = $1')],
    ['a database message', error('duplicate key value violates unique constraint "Participant_detaineeNumber_key"')],
    ['a database message', error('relation "Activity" does not exist')],
    ['a file path', error('ENOENT: no such file /work/main/services/activities/schema.graphql')],
    ['a file path', error('at C:\\app\\dist\\index.js')],
    ['a file path', error('Cannot find module', { from: 'node_modules/@prisma/client' })],
    ['a token', error('bad token eyJhbGciOiJFZERTQSJ9.eyJraW5kIjoidXNlciJ9.c2lnbmF0dXJl')],
  ])('finds %s', (what, text) => {
    expect(whatLeaks(text)).toContain(what);
  });

  it('finds leaks in headers too', () => {
    expect(findLeaks({ text: '{}', headers: { 'x-upstream': '10.0.0.7', via: 'http://gateway.internal:4000' } })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ where: 'header x-upstream', what: 'a loopback or private address' }),
        expect.objectContaining({ where: 'header via', what: 'a host with a port' }),
      ]),
    );
  });

  it('requires every error to carry a listed code and a requestId, and no internal extension', () => {
    const body = {
      errors: [
        { message: 'x', extensions: { code: 'PRISMA_ERROR', requestId } },
        { message: 'y', extensions: { code: 'FORBIDDEN' } },
        { message: 'z' },
        { message: 'w', extensions: { code: 'NOT_FOUND', requestId, exception: {} } },
      ],
    };
    expect(findLeaks({ text: JSON.stringify(body) }).map(({ where, what }) => `${where}: ${what}`)).toEqual([
      'errors[0]: a code outside the fixed list',
      'errors[1]: no requestId',
      'errors[2]: a code outside the fixed list',
      'errors[2]: no requestId',
      'errors[3]: an internal extension "exception"',
    ]);
  });

  it('fails the test with what leaked, where, and the text around it', () => {
    expect(() => assertNoLeaks({ status: 200, text: error('connect ECONNREFUSED 10.1.2.3:5432') })).toThrow(
      /HTTP 200.*leaks:\n- a loopback or private address in the body: …[^\n]*10\.1\.2\.3:5432[^\n]*\n- a socket error in the body/s,
    );
    expect(() => assertNoLeaks({ text: '{"data":{"ok":true}}' })).not.toThrow();
  });
});
