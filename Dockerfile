FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production
# NEO4J_URI is always set under compose, so the local-Neo4j path (Java, Maven) is never taken here.
CMD ["node", "--max-semi-space-size=32", "dist/src/main.js"]
