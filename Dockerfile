# syntax=docker/dockerfile:1
# speckit-gate GitHub App: docker build -t speckit-gate . && docker run --env-file .env -p 3000:3000 speckit-gate

ARG NODE_IMAGE=node:24-alpine

# Build: the lockfile's dependencies (as CI's `npm ci`), TypeScript to dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY deploy/package.json ./deploy/
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Production dependencies only: the engine's and, from the deploy workspace, the App server's
# (probot, prom-client and the logger; bullmq and ioredis for the scale-out shape, so that
# REDIS_URL needs no npx at run time).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY deploy/package.json ./deploy/
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

# Runtime: no compiler, no dev dependencies, not root. JSON logs (src/server.ts would pick them
# under NODE_ENV=production anyway; set so that no inherited LOG_FORMAT turns them pretty).
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    NO_SMEE_SETUP=true \
    LOG_FORMAT=json
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json app.yml ./
COPY deploy/package.json ./deploy/
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/ping').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# `npm start` without npm in between, so that the server gets the container's signals (SIGTERM
# starts the graceful shutdown). Without APP_ID, a key or WEBHOOK_SECRET it logs one line naming
# the variable and exits 1. Metrics: GET /metrics on the same port. Worker-only replicas (with
# REDIS_URL): CMD ["node", "dist/server.js", "--worker"], which serves /ping and /metrics too.
CMD ["node", "dist/server.js"]
