// The benchmark serves the built site with the end-to-end tests' static server (one copy).
export { serveStatic } from '../../e2e/lib/server.mjs';
