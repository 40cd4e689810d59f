FROM node:20-bookworm-slim
WORKDIR /app
# Build and run as the image's unprivileged `node` user (uid 1000), never as root.
RUN chown node:node /app
USER node
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY --chown=node:node . .
RUN npm run build
ENV NODE_ENV=production
# NEO4J_URI is always set under compose, so the local-Neo4j path (Java, Maven) is never taken here.
CMD ["node", "--max-semi-space-size=32", "dist/src/main.js"]
