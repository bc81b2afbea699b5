// CRC-32C (Castagnoli), with the SSE4.2 instruction when the CPU has it.
#include "kernels.h"

#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

namespace ldb {
namespace {

struct Table {
  uint32_t t[8][256];
  Table() {
    for (uint32_t n = 0; n < 256; n++) {
      uint32_t c = n;
      for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0x82f63b78u : c >> 1;
      t[0][n] = c;
    }
    for (uint32_t n = 0; n < 256; n++) {
      uint32_t c = t[0][n];
      for (int k = 1; k < 8; k++) {
        c = t[0][c & 0xff] ^ (c >> 8);
        t[k][n] = c;
      }
    }
  }
};

const Table kTable;

uint32_t Crc32cTable(uint32_t c, const uint8_t* p, size_t n) {
  while (n >= 8) {
    uint32_t a = c ^ (p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24));
    c = kTable.t[7][a & 0xff] ^ kTable.t[6][(a >> 8) & 0xff] ^ kTable.t[5][(a >> 16) & 0xff] ^
        kTable.t[4][a >> 24] ^ kTable.t[3][p[4]] ^ kTable.t[2][p[5]] ^ kTable.t[1][p[6]] ^ kTable.t[0][p[7]];
    p += 8;
    n -= 8;
  }
  while (n--) c = kTable.t[0][(c ^ *p++) & 0xff] ^ (c >> 8);
  return c;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) uint32_t Crc32cHw(uint32_t c, const uint8_t* p, size_t n) {
  uint64_t c64 = c;
  while (n >= 8) {
    uint64_t w;
    __builtin_memcpy(&w, p, 8);
    c64 = _mm_crc32_u64(c64, w);
    p += 8;
    n -= 8;
  }
  uint32_t c32 = static_cast<uint32_t>(c64);
  while (n--) c32 = _mm_crc32_u8(c32, *p++);
  return c32;
}
const bool kHasSse42 = __builtin_cpu_supports("sse4.2");
#endif

}  // namespace

uint32_t Crc32c(uint32_t crc, const uint8_t* bytes, size_t length) {
  uint32_t c = ~crc;
#if defined(__x86_64__)
  c = kHasSse42 ? Crc32cHw(c, bytes, length) : Crc32cTable(c, bytes, length);
#else
  c = Crc32cTable(c, bytes, length);
#endif
  return ~c;
}

}  // namespace ldb
