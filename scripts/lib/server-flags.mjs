/**
 * Node's flags for the production server (scripts/serve.mjs), wherever it is
 * started: by `npm start`'s supervisor, the benchmarks and the tests.
 *
 * `--max-semi-space-size=8`: V8's young generation grows to 3 × its semi-space
 * under load and keeps that memory. With Node 24's default the app idled at
 * 342 MB RSS and reached 459 MB in the 60 s soak; at 8 MB it idles at 233 MB
 * and reaches 372 MB, at the same throughput (`npm run bench -- --only=soak`).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8'];
