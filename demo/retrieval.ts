// Retrieval for RAG in TypeScript: split documents into chunks, embed them, rank by cosine similarity.

export interface Chunk { id: number; text: string; embedding: number[] }

export function splitIntoChunks(text: string, chunkSize = 800, chunkOverlap = 100): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += chunkSize - chunkOverlap) {
    chunks.push(text.slice(start, start + chunkSize));
  }
  return chunks;
}

export function cosineSimilarity(a: number[], b: number[]): number {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
  return dot / (Math.sqrt(na) * Math.sqrt(nb));
}

export function retrieveTopK(queryEmbedding: number[], chunks: Chunk[], topK = 4): Chunk[] {
  return [...chunks]
    .sort((x, y) => cosineSimilarity(queryEmbedding, y.embedding) - cosineSimilarity(queryEmbedding, x.embedding))
    .slice(0, topK);
}
