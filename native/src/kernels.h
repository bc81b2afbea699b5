// Batch kernels over raw column buffers. Each mirrors runtime/kernels/js-kernels.ts bit for bit.
#pragma once
#include <cstddef>
#include <cstdint>

namespace ldb {

constexpr uint32_t kHashSeed = 0x9747b28cu;
constexpr uint32_t kHashNull = 0x6b43a9b5u;

void HashInt32(uint32_t* out, const int32_t* values, const uint8_t* validity, size_t offset, size_t length, bool combine);
void HashInt64(uint32_t* out, const int64_t* values, const uint8_t* validity, size_t offset, size_t length, bool combine);
void HashFloat64(uint32_t* out, const double* values, const uint8_t* validity, size_t offset, size_t length, bool combine);
void HashUtf8(uint32_t* out, const int32_t* offsets, const uint8_t* bytes, const uint8_t* validity, size_t offset,
              size_t length, bool combine);
uint32_t Crc32c(uint32_t crc, const uint8_t* bytes, size_t length);
void Int64ToFloat64(const int64_t* src, double* dst, size_t length);
void Float64ToInt64(const double* src, int64_t* dst, size_t length);
void SumByGroup(double* acc, double* counts, const int32_t* groups, const double* values, const uint8_t* validity,
                size_t offset, size_t length);

}  // namespace ldb
