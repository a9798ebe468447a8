import { createHash } from "node:crypto";

/**
 * HMAC-SHA-256 for many short messages under one key, computed in JavaScript from the two
 * key blocks hashed once (RFC 2104: H(K ^ opad || H(K ^ ipad || m))). node:crypto's
 * createHmac costs two native objects and the two key blocks again for every message, which
 * was a third of an export's worker CPU; a message of up to 55 ASCII characters is then one
 * SHA-256 block inside and one outside. Longer or non-ASCII messages go to `fallback`.
 * A test holds the result equal to createHmac's.
 */
export function createShortHmacSha256Hex(
  key: Buffer,
  hexChars: number,
  fallback: (message: string) => string,
): (message: string) => string {
  if (key.length > 64) throw new Error("an HMAC key longer than a block is hashed first");
  const inner = stateAfterBlock(key, 0x36);
  const outer = stateAfterBlock(key, 0x5c);
  const words = new Int32Array(64);
  const state = new Int32Array(8);
  const digest = new Int32Array(8);
  return (message) => {
    const length = message.length;
    if (length > 55) return fallback(message);
    // The inner message's one block: the message, 0x80, zeros, its length in bits after the key block.
    words.fill(0, 0, 16);
    for (let i = 0; i < length; i++) {
      const c = message.charCodeAt(i);
      if (c > 0x7f) return fallback(message);
      words[i >> 2] = (words[i >> 2] as number) | (c << (24 - 8 * (i & 3)));
    }
    words[length >> 2] = (words[length >> 2] as number) | (0x80 << (24 - 8 * (length & 3)));
    words[15] = (64 + length) * 8;
    state.set(inner);
    compress(state, words);
    digest.set(state);
    // The outer message's one block: the inner digest, 0x80, zeros, 96 bytes in bits.
    words.set(digest, 0);
    words[8] = 0x80000000;
    words.fill(0, 9, 15);
    words[15] = (64 + 32) * 8;
    state.set(outer);
    compress(state, words);
    let hex = "";
    for (let w = 0; hex.length < hexChars; w++) hex += wordHex(state[w] as number);
    return hex.slice(0, hexChars);
  };
}

const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
const wordHex = (word: number) =>
  (HEX_BYTES[(word >>> 24) & 0xff] as string) +
  (HEX_BYTES[(word >>> 16) & 0xff] as string) +
  (HEX_BYTES[(word >>> 8) & 0xff] as string) +
  (HEX_BYTES[word & 0xff] as string);

/** SHA-256's state after the one block of the key (zero-padded) XOR `pad`, big-endian words. */
function stateAfterBlock(key: Buffer, pad: number): Int32Array {
  const block = Buffer.alloc(64, pad);
  for (let i = 0; i < key.length; i++) block[i] = (key[i] as number) ^ pad;
  const state = new Int32Array(INITIAL_STATE);
  const words = new Int32Array(64);
  for (let i = 0; i < 16; i++) words[i] = block.readInt32BE(i * 4);
  compress(state, words);
  // Checked once against node:crypto: a block hashed by us and by it give the same digest.
  const check = new Int32Array(state);
  const padded = new Int32Array(64);
  padded[0] = 0x80000000;
  padded[15] = 512;
  compress(check, padded);
  const expected = createHash("sha256").update(block).digest();
  for (let i = 0; i < 8; i++) {
    if (expected.readInt32BE(i * 4) !== check[i]) throw new Error("SHA-256 self-check failed");
  }
  return state;
}

const INITIAL_STATE = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** SHA-256's compression of one block (`w[0..15]`, big-endian words) into `state`. */
function compress(state: Int32Array, w: Int32Array): void {
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] as number;
    const y = w[i - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
}
