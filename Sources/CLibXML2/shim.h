#ifndef CLAIMCHECK_LIBXML2_SHIM_H
#define CLAIMCHECK_LIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its headers then include ICU's, whose types clash with
// the ICU that Foundation brings ("'UErrorCode' has different definitions in different
// modules"). We never use libxml2's ICU converters (we decode pages ourselves), so switch it
// off before any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <stdint.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

// `xmlFree` is a mutable global function pointer, which Swift 6 refuses to read from
// concurrent code; call it through a function instead.
static inline void claimcheck_xmlFree(void *pointer) { xmlFree(pointer); }

// libxml2 keeps no absolute position, only a window on its input: this is the byte offset of
// the parser in the whole text (bytes already shrunk away plus the position in the window).
static inline long claimcheck_inputOffset(xmlParserCtxtPtr ctxt, const xmlChar *at) {
    xmlParserInputPtr input = ctxt->input;
    return (long)input->consumed + (long)(at - input->base);
}

// SAX startElement that runs libxml2's own handler, then stores in the new node's `_private`
// the byte offset (plus one) of the tag's '<': libxml2 itself keeps only line numbers, capped
// at 65535. A C function because libxml2 calls it through a C function pointer.
// The byte offset of the '<' of the start tag the parser has just read.
static inline long claimcheck_tagOffset(xmlParserCtxtPtr ctxt) {
    const xmlChar *at = ctxt->input->cur;
    while (at > ctxt->input->base && *at != '<') at--;
    return claimcheck_inputOffset(ctxt, at);
}

// The byte offset where `length` bytes of character data the parser has just read start.
static inline long claimcheck_textOffset(xmlParserCtxtPtr ctxt, int length) {
    long offset = claimcheck_inputOffset(ctxt, ctxt->input->cur) - length;
    return offset < 0 ? 0 : offset;
}

static inline void claimcheck_startElement(void *context, const xmlChar *name, const xmlChar **attributes) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)context;
    long offset = claimcheck_tagOffset(ctxt);
    xmlSAX2StartElement(context, name, attributes);
    xmlNodePtr node = ctxt->node;
    if (node != NULL && node->_private == NULL) node->_private = (void *)(intptr_t)(offset + 1);
}

// SAX characters handler that runs libxml2's own, then stores where a new text node starts
// (plus one) in its `_private`, for paragraphs that start with bare text. C for the same reason.
static inline void claimcheck_characters(void *context, const xmlChar *characters, int length) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)context;
    long offset = claimcheck_textOffset(ctxt, length);
    xmlSAX2Characters(context, characters, length);
    xmlNodePtr parent = ctxt->node;
    if (parent != NULL && parent->last != NULL && parent->last->type == XML_TEXT_NODE && parent->last->_private == NULL)
        parent->last->_private = (void *)(intptr_t)(offset + 1);
}

// Parses UTF-8 HTML with the recording handlers above. The SAX table and the parser context
// are reachable only from C, hence this function. Returns the document (NULL for empty input)
// and sets `*stoppedTooDeep` when libxml2 halted because elements nested deeper than its limit.
static inline htmlDocPtr claimcheck_htmlParse(const char *bytes, int size, int options, int *stoppedTooDeep) {
    *stoppedTooDeep = 0;
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(bytes, size);
    if (ctxt == NULL) return NULL;
    if (ctxt->sax != NULL) {
        ctxt->sax->startElement = claimcheck_startElement;
        ctxt->sax->characters = claimcheck_characters;
    }
    htmlCtxtUseOptions(ctxt, options);
    // Without this, libxml2's HTML parser reads the first non-ASCII byte as ISO-8859-1.
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(ctxt);
    if (ctxt->errNo == XML_ERR_INTERNAL_ERROR && ctxt->instate == XML_PARSER_EOF) *stoppedTooDeep = 1;
    htmlDocPtr document = ctxt->myDoc;
    ctxt->myDoc = NULL;
    htmlFreeParserCtxt(ctxt);
    return document;
}

// Parses UTF-8 HTML with a SAX handler and builds no tree: `sax` replaces the context's
// handler, `user` goes in the context's `_private` for the callbacks (which receive the
// context). Same options and encoding as `claimcheck_htmlParse`. Returns -1 when libxml2
// cannot make a context, else 0.
static inline int claimcheck_htmlSAXParse(const char *bytes, int size, int options, const htmlSAXHandler *sax, void *user) {
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(bytes, size);
    if (ctxt == NULL) return -1;
    if (ctxt->sax != NULL) memcpy(ctxt->sax, sax, sizeof(htmlSAXHandler));
    ctxt->_private = user;
    htmlCtxtUseOptions(ctxt, options);
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(ctxt);
    if (ctxt->myDoc != NULL) {
        xmlFreeDoc(ctxt->myDoc);
        ctxt->myDoc = NULL;
    }
    htmlFreeParserCtxt(ctxt);
    return 0;
}

// A structured error handler that drops the error: set on XPath contexts so that a bad
// expression does not print to stderr (libxml2's default). C so it can be a C callback.
static inline void claimcheck_ignoreError(void *userData, xmlErrorPtr error) { (void)userData; (void)error; }

// The recorded offset of a node (see above), or -1 when none was recorded. Reads `_private`
// as an integer, which Swift would only see as an opaque pointer.
static inline long claimcheck_nodeOffset(xmlNodePtr node) {
    return (long)(intptr_t)node->_private - 1;
}

#endif
