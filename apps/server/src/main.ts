import { readServerConfig } from "./env";
import { startServer } from "./start-server";

const config = readServerConfig();
const server = await startServer(config);

// Graceful shutdown: finish requests in flight, stop the worker, close the database.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

try {
  await server.ready;
} catch {
  await server.stop().catch(() => {});
  process.exit(1);
}
