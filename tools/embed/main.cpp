// pith-embed-layouts MODEL OUT: writes the layouts of MODEL's compiled
// forests (ForestLayouts, model.h) to OUT. The build runs it on the default
// model, with this build's code, and links OUT into pith beside the model
// (src/embedded_model.cpp), so that pith reads the layouts instead of
// computing them at every start.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "model.h"
#include "pith/pith.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: pith-embed-layouts MODEL OUT\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    std::fprintf(stderr, "pith-embed-layouts: cannot read %s\n", argv[1]);
    return 1;
  }
  const pith::Result<std::shared_ptr<const pith::Model>> model = pith::ParseModel(bytes);
  if (!model.ok()) {
    std::fprintf(stderr, "pith-embed-layouts: %s: %s\n", argv[1], model.error().message.c_str());
    return 1;
  }
  // Written whole or not at all: a build that stops half way leaves no
  // partial file that looks up to date.
  const std::string layouts = pith::internal::ForestLayouts(*model.value());
  const std::string partial = std::string(argv[2]) + ".partial";
  std::ofstream out(partial, std::ios::binary | std::ios::trunc);
  out.write(layouts.data(), static_cast<std::streamsize>(layouts.size()));
  out.close();
  if (!out || std::rename(partial.c_str(), argv[2]) != 0) {
    std::fprintf(stderr, "pith-embed-layouts: cannot write %s\n", argv[2]);
    return 1;
  }
  return 0;
}
