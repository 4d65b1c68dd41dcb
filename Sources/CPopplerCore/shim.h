#pragma once
// poppler's core library (C++ headers from libpoppler-private-dev), used only by the
// CPopplerPass shim; nothing here is imported into Swift.
#include <poppler-config.h>
