// The flags production starts the app's Node with: `npm start` (package.json) and the image's
// CMD (Dockerfile) carry the same ones, and every app the bench starts gets them, so the bench
// measures the process production runs. test/deploy/node-heap-limit.test.ts holds the three equal.
//
// --max-old-space-size=384: V8's old generation stops at 384 MB. Without a limit V8 sizes the
// heap from the machine's memory and lets garbage of finished turns pile up far past what is
// live (1,000 concurrent streams peaked at 580-740 MB RSS with about 150 MB live); with it V8
// collects sooner and the same load peaks near 420 MB. Past the limit the process dies
// ("JavaScript heap out of memory") and is restarted, so the container's memory limit must
// leave room above it for the rest of the process (README, Operations: Memory).
export const APP_NODE_FLAGS = Object.freeze(['--max-old-space-size=384']);
