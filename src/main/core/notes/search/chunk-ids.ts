/**
 * A search chunk's id is `note_id * 2^20 + n`: the index row alone says which note it belongs to
 * (migration 5's CHECK keeps it so), and a note has room for 2^20 chunk ids before renumbering.
 */
export const CHUNK_ID_SPAN = 2 ** 20

/** The note a chunk id belongs to. */
export const noteOfChunk = (chunkId: number): number => Math.floor(chunkId / CHUNK_ID_SPAN)
