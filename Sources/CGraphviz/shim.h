#ifndef HINDSIGHT_CGRAPHVIZ_SHIM_H
#define HINDSIGHT_CGRAPHVIZ_SHIM_H
// The parts of libgraphviz that GraphvizExport uses: the layout and render context (gvc)
// and the graph reader (cgraph). Found through pkg-config `libgvc`.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
