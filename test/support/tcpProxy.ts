import { createServer, createConnection, type Socket, type Server } from "node:net";

/**
 * A loopback TCP proxy that can be cut and restored, to simulate Neo4j going
 * away and coming back without touching the shared test server.
 */
export async function tcpProxy(targetPort: number): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((done) => {
      server = createServer((client) => {
        const upstream = createConnection({ host: "127.0.0.1", port: targetPort });
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        const address = server!.address();
        port = typeof address === "object" && address ? address.port : port;
        done();
      });
    });
  const stop = () =>
    new Promise<void>((done) => {
      for (const s of sockets) s.destroy();
      server ? server.close(() => done()) : done();
    });
  await listen();
  return { port, cut: stop, restore: listen, close: stop };
}
