export { createApp } from "./app";
export { readServerConfig, type ServerConfig } from "./env";
export { type RunningServer, startServer } from "./start-server";
