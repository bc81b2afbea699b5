{
  "targets": [
    {
      "target_name": "laminardb_native",
      "sources": ["src/addon.cc", "src/hash.cc", "src/crc32c.cc", "src/convert.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=9", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O3", "-std=c++20", "-fno-exceptions"],
      "cflags_cc!": ["-fno-rtti", "-std=gnu++17"],
      "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-O3", "-std=c++20"] }
    }
  ]
}
