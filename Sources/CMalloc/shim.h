#pragma once
// glibc's malloc tuning (mallopt and its parameters), which Swift's Glibc module leaves out;
// used by Extraction's MallocSettings only.
#include <malloc.h>
