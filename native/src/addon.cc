// N-API bindings: typed arrays in, typed arrays out, no copies and no per-row JS values.
#include <napi.h>

#include "kernels.h"

namespace {

template <typename T>
T* Data(const Napi::Value& v) {
  auto a = v.As<Napi::TypedArray>();
  return reinterpret_cast<T*>(static_cast<uint8_t*>(a.ArrayBuffer().Data()) + a.ByteOffset());
}

const uint8_t* Validity(const Napi::Value& v) { return v.IsNull() || v.IsUndefined() ? nullptr : Data<uint8_t>(v); }

size_t Size(const Napi::Value& v) { return static_cast<size_t>(v.As<Napi::Number>().Int64Value()); }

bool CheckArgs(const Napi::CallbackInfo& info, size_t n) {
  if (info.Length() < n) {
    Napi::TypeError::New(info.Env(), "laminardb native kernel: too few arguments").ThrowAsJavaScriptException();
    return false;
  }
  return true;
}

Napi::Value HashInt32(const Napi::CallbackInfo& info) {
  if (!CheckArgs(info, 6)) return info.Env().Undefined();
  ldb::HashInt32(Data<uint32_t>(info[0]), Data<int32_t>(info[1]), Validity(info[2]), Size(info[3]), Size(info[4]),
                 info[5].ToBoolean());
  return info.Env().Undefined();
}

Napi::Value HashInt64(const Napi::CallbackInfo& info) {
  if (!CheckArgs(info, 6)) return info.Env().Undefined();
  ldb::HashInt64(Data<uint32_t>(info[0]), Data<int64_t>(info[1]), Validity(info[2]), Size(info[3]), Size(info[4]),
                 info[5].ToBoolean());
  return info.Env().Undefined();
}

Napi::Value HashFloat64(const Napi::CallbackInfo& info) {
  if (!CheckArgs(info, 6)) return info.Env().Undefined();
  ldb::HashFloat64(Data<uint32_t>(info[0]), Data<double>(info[1]), Validity(info[2]), Size(info[3]), Size(info[4]),
                   info[5].ToBoolean());
  return info.Env().Undefined();
}

Napi::Value HashUtf8(const Napi::CallbackInfo& info) {
  if (!CheckArgs(info, 7)) return info.Env().Undefined();
  ldb::HashUtf8(Data<uint32_t>(info[0]), Data<int32_t>(info[1]), Data<uint8_t>(info[2]), Validity(info[3]),
                Size(info[4]), Size(info[5]), info[6].ToBoolean());
  return info.Env().Undefined();
}

Napi::Value Crc32c(const Napi::CallbackInfo& info) {
  if (!CheckArgs(info, 2)) return info.Env().Undefined();
  auto bytes = info[1].As<Napi::Uint8Array>();
  uint32_t crc = info[0].As<Napi::Number>().Uint32Value();
  return Napi::Number::New(info.Env(), ldb::Crc32c(crc, bytes.Data(), bytes.ElementLength()));
}

Napi::Value Int64ToFloat64(const Napi::CallbackInfo& info) {
  if (!CheckArgs(info, 4)) return info.Env().Undefined();
  ldb::Int64ToFloat64(Data<int64_t>(info[0]) + Size(info[1]), Data<double>(info[2]), Size(info[3]));
  return info.Env().Undefined();
}

Napi::Value Float64ToInt64(const Napi::CallbackInfo& info) {
  if (!CheckArgs(info, 3)) return info.Env().Undefined();
  ldb::Float64ToInt64(Data<double>(info[0]), Data<int64_t>(info[1]), Size(info[2]));
  return info.Env().Undefined();
}

Napi::Value SumByGroup(const Napi::CallbackInfo& info) {
  if (!CheckArgs(info, 7)) return info.Env().Undefined();
  ldb::SumByGroup(Data<double>(info[0]), Data<double>(info[1]), Data<int32_t>(info[2]), Data<double>(info[3]),
                  Validity(info[4]), Size(info[5]), Size(info[6]));
  return info.Env().Undefined();
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("hashInt32", Napi::Function::New(env, HashInt32, "hashInt32"));
  exports.Set("hashInt64", Napi::Function::New(env, HashInt64, "hashInt64"));
  exports.Set("hashFloat64", Napi::Function::New(env, HashFloat64, "hashFloat64"));
  exports.Set("hashUtf8", Napi::Function::New(env, HashUtf8, "hashUtf8"));
  exports.Set("crc32c", Napi::Function::New(env, Crc32c, "crc32c"));
  exports.Set("int64ToFloat64", Napi::Function::New(env, Int64ToFloat64, "int64ToFloat64"));
  exports.Set("float64ToInt64", Napi::Function::New(env, Float64ToInt64, "float64ToInt64"));
  exports.Set("sumByGroup", Napi::Function::New(env, SumByGroup, "sumByGroup"));
  return exports;
}

}  // namespace

NODE_API_MODULE(laminardb_native, Init)
