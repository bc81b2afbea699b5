// Murmur3-style 32-bit row hashes; the JS twin is runtime/kernels/js-kernels.ts.
#include <cmath>
#include <cstring>

#include "kernels.h"

namespace ldb {
namespace {

constexpr uint32_t kC1 = 0xcc9e2d51u;
constexpr uint32_t kC2 = 0x1b873593u;

inline uint32_t Rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

inline uint32_t Mix(uint32_t h, uint32_t k) {
  k *= kC1;
  k = Rotl(k, 15);
  k *= kC2;
  h ^= k;
  h = Rotl(h, 13);
  return h * 5 + 0xe6546b64u;
}

inline uint32_t Fmix(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

inline bool IsNull(const uint8_t* validity, size_t bit) {
  return validity != nullptr && ((validity[bit >> 3] >> (bit & 7)) & 1) == 0;
}

inline uint32_t Start(const uint32_t* out, size_t i, bool combine) { return combine ? out[i] : kHashSeed; }

}  // namespace

void HashInt32(uint32_t* out, const int32_t* values, const uint8_t* validity, size_t offset, size_t length,
               bool combine) {
  for (size_t i = 0; i < length; i++) {
    uint32_t h = Start(out, i, combine);
    out[i] = IsNull(validity, offset + i) ? Fmix(Mix(h, kHashNull))
                                          : Fmix(Mix(h, static_cast<uint32_t>(values[offset + i])) ^ 4u);
  }
}

void HashInt64(uint32_t* out, const int64_t* values, const uint8_t* validity, size_t offset, size_t length,
               bool combine) {
  for (size_t i = 0; i < length; i++) {
    uint32_t h = Start(out, i, combine);
    if (IsNull(validity, offset + i)) {
      out[i] = Fmix(Mix(h, kHashNull));
      continue;
    }
    uint64_t v = static_cast<uint64_t>(values[offset + i]);
    out[i] = Fmix(Mix(Mix(h, static_cast<uint32_t>(v)), static_cast<uint32_t>(v >> 32)) ^ 8u);
  }
}

void HashFloat64(uint32_t* out, const double* values, const uint8_t* validity, size_t offset, size_t length,
                 bool combine) {
  for (size_t i = 0; i < length; i++) {
    uint32_t h = Start(out, i, combine);
    if (IsNull(validity, offset + i)) {
      out[i] = Fmix(Mix(h, kHashNull));
      continue;
    }
    double v = values[offset + i];
    uint64_t bits;
    if (v == 0) {
      bits = 0;
    } else if (std::isnan(v)) {
      bits = 0x7ff8000000000000ull;
    } else {
      std::memcpy(&bits, &v, sizeof bits);
    }
    out[i] = Fmix(Mix(Mix(h, static_cast<uint32_t>(bits)), static_cast<uint32_t>(bits >> 32)) ^ 8u);
  }
}

void HashUtf8(uint32_t* out, const int32_t* offsets, const uint8_t* bytes, const uint8_t* validity, size_t offset,
              size_t length, bool combine) {
  for (size_t i = 0; i < length; i++) {
    uint32_t h = Start(out, i, combine);
    if (IsNull(validity, offset + i)) {
      out[i] = Fmix(Mix(h, kHashNull));
      continue;
    }
    const int32_t start = offsets[offset + i];
    const int32_t end = offsets[offset + i + 1];
    int32_t p = start;
    for (; p + 4 <= end; p += 4) {
      uint32_t w;
      std::memcpy(&w, bytes + p, 4);  // little-endian hosts only, as the JS twin assumes
      h = Mix(h, w);
    }
    const int32_t tail = end - p;
    if (tail > 0) {
      uint32_t k = 0;
      if (tail == 3) k ^= static_cast<uint32_t>(bytes[p + 2]) << 16;
      if (tail >= 2) k ^= static_cast<uint32_t>(bytes[p + 1]) << 8;
      k ^= bytes[p];
      k *= kC1;
      k = Rotl(k, 15);
      k *= kC2;
      h ^= k;
    }
    out[i] = Fmix(h ^ static_cast<uint32_t>(end - start));
  }
}

}  // namespace ldb
