#ifndef CLAIMCHECK_LIBXML2_SHIM_H
#define CLAIMCHECK_LIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its headers then include ICU's, whose types clash with
// the ICU that Foundation brings ("'UErrorCode' has different definitions in different
// modules"). We never use libxml2's ICU converters (we decode pages ourselves), so switch it
// off before any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

// `xmlFree` is a mutable global function pointer, which Swift 6 refuses to read from
// concurrent code; call it through a function instead.
static inline void claimcheck_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
