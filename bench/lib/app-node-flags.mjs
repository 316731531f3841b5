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
// --max-semi-space-size=16: the young generation's semi-spaces are at most 16 MB each, Node 20's
// default on 64 bits (48 MB in all), written out so that every start gets the same. Session 26 had
// halved it (8: 24 MB) for memory, which bought little (idle 307-331 -> 299-310 MB, the peak of
// 1,000 streams 363-402 -> 383-390 MB), and it cost CPU on the larger reads: a history page
// allocates about 0.8 MB (most of it the driver's BSON decoding), so with 32 requests in flight
// each scavenge of an 8 MB semi-space copied and promoted the pages still being answered. Back at
// 16, app CPU per history read is lower in interleaved runs (about a tenth; figures in the commit;
// the liveness probe did not move), and 1,000 streams peak at 382-399 MB against 378-380 at 8.
//
// --min-semi-space-size=16: the young generation starts at that size instead of 1 MB. A start
// allocates about 100 MB while it loads some 2,000 modules, and a young generation that starts at
// 1 MB and doubles on its way up scavenged about 40 times before the app was ready (--trace-gc);
// the garbage collector was a fifth of a start's profile. Starting at 16 (where the load of any
// request soon grows it anyway), 7 paired starts (session 42, host load 14-21) spent 0.959 of the
// process CPU to ready (0.882-0.993, every pair below 1); RSS at ready 223 against 221 MB.
export const APP_NODE_FLAGS = Object.freeze([
  '--max-old-space-size=384',
  '--max-semi-space-size=16',
  '--min-semi-space-size=16',
]);
