// The flags production starts the app's Node with: `npm start` (package.json) and the image's
// CMD (Dockerfile) carry the same ones, and every app the bench starts gets them, so the bench
// measures the process production runs. test/deploy/node-heap-limit.test.ts holds the three equal.
//
// --max-old-space-size=384: V8's old generation stops at 384 MB. Without a limit V8 sizes the
// heap from the machine's memory and lets garbage of finished turns pile up far past what is
// live (1,000 concurrent streams peaked at 580-740 MB RSS with about 150 MB live); with it V8
// collects sooner and the same load peaks near 420 MB. Past the limit the process dies
// ("JavaScript heap out of memory") and is restarted, so the container's memory limit must
// leave room above it for the rest of the process (README, Deploying to a cluster: Memory).
//
// --max-semi-space-size=8: the young generation's semi-spaces are at most 8 MB each (Node 20's
// default is 16 on 64 bits), so it takes at most 24 MB rather than 48: idle 307-331 -> 299-310 MB and
// the same load's peak 363-402 -> 383-390 MB (6 runs each). A turn's short-lived objects are
// still collected young; more scavenges promote a little more, which the capped old generation
// collects.
export const APP_NODE_FLAGS = Object.freeze(['--max-old-space-size=384', '--max-semi-space-size=8']);
