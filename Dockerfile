# syntax=docker/dockerfile:1.7
# ---- build: all dependencies, compile TypeScript with swc ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY .swcrc tsconfig.json ./
COPY src ./src
COPY scripts/build-if-stale.mjs ./scripts/
RUN npm run build

# ---- production dependencies only ----
# packages/ (the in-process MongoDB for development and tests) is never in the build context
# (.dockerignore): without its folder npm installs neither it nor its mingo, and production
# refuses the embedded store anyway. The build stage links it dangling and builds the app alone.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- runtime: non-root, no build tools ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=8000 \
    HOST=0.0.0.0 \
    UPLOAD_DIR=/app/uploads
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
# The medical-knowledge collection loaded at start-up (KNOWLEDGE_SEED_PATH).
COPY --chown=node:node data ./data
RUN mkdir -p /app/uploads && chown node:node /app/uploads
USER node
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8000)+'/api/health/live').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# exec form: node is PID 1's child-free process and receives SIGTERM directly for a graceful stop.
# --max-old-space-size / --max- and --min-semi-space-size: V8's heap cap and young generation, the same as `npm start` and the bench (bench/lib/app-node-flags.mjs);
# the pod's memory limit must stay at least 256 MiB above it (README, Deploying to a cluster: Memory).
# No --enable-source-maps: the app maps its own stack traces, reading a map only when a stack needs it
# (src/bootstrap/source-mapped-stack-traces.ts).
CMD ["node", "--max-old-space-size=384", "--max-semi-space-size=16", "--min-semi-space-size=16", "dist/main.js"]
