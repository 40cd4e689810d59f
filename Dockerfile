FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# NEO4J_URI is always set under compose, so the local-Neo4j path (Java, Maven) is never taken here.
CMD ["npm", "start"]
