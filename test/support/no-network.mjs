// Preloaded (node --import) into a CLI process under test: every way Node opens a
// connection or resolves a name fails loudly and leaves a line on stderr, so a
// test can assert that no command ever tried one. Child processes (git) are not
// affected: they talk over pipes, not sockets.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import http2 from 'node:http2';
import net from 'node:net';
import tls from 'node:tls';

const refuse = (what) =>
  function refused() {
    process.stderr.write(`promptgraph-test-network-attempt ${what}\n`);
    throw new Error(`network disabled in this test: ${what}`);
  };
net.connect = refuse('net.connect');
net.createConnection = refuse('net.createConnection');
net.Socket.prototype.connect = refuse('net.Socket.connect');
tls.connect = refuse('tls.connect');
http.request = refuse('http.request');
http.get = refuse('http.get');
https.request = refuse('https.request');
https.get = refuse('https.get');
http2.connect = refuse('http2.connect');
dns.lookup = refuse('dns.lookup');
dns.resolve = refuse('dns.resolve');
dns.promises.lookup = refuse('dns.promises.lookup');
dns.promises.resolve = refuse('dns.promises.resolve');
globalThis.fetch = refuse('fetch');
globalThis.WebSocket = refuse('WebSocket');
