// Column conversions and grouped sums.
#include <cmath>

#include "kernels.h"

namespace ldb {

void Int64ToFloat64(const int64_t* src, double* dst, size_t length) {
  for (size_t i = 0; i < length; i++) dst[i] = static_cast<double>(src[i]);
}

void Float64ToInt64(const double* src, int64_t* dst, size_t length) {
  for (size_t i = 0; i < length; i++) dst[i] = static_cast<int64_t>(std::trunc(src[i]));
}

void SumByGroup(double* acc, double* counts, const int32_t* groups, const double* values, const uint8_t* validity,
                size_t offset, size_t length) {
  if (validity == nullptr) {
    for (size_t i = 0; i < length; i++) {
      acc[groups[i]] += values[offset + i];
      counts[groups[i]] += 1;
    }
    return;
  }
  for (size_t i = 0; i < length; i++) {
    size_t bit = offset + i;
    if (((validity[bit >> 3] >> (bit & 7)) & 1) == 0) continue;
    acc[groups[i]] += values[bit];
    counts[groups[i]] += 1;
  }
}

}  // namespace ldb
