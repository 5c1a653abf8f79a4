# One image for the gateway and every subgraph; the Deployment's command picks the process
# (infra/kubernetes/base/*.yaml). Built from the lockfile, run as the unprivileged `node` user (uid 1000).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# The build generates the Prisma clients offline (packages/db/bin/prisma-generate.js); migrations run
# through the schema engine's WebAssembly build at run time, so no native engine is in the image. The
# build's migrated PGlite snapshots (node_modules/.cache) serve only the embedded database, never deployed.
RUN npm ci --no-audit --no-fund && npx turbo run build --output-logs=errors-only && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/.cache

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=root:root /app /app
USER node
# The subgraphs' and the gateway's own port is set per Deployment; this only documents the gateway's.
EXPOSE 4000
CMD ["node", "gateway/dist/index.js"]
