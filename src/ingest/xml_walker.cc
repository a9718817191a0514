#include "ingest/xml_walker.h"

// expat declares its billion-laughs guard only for builds with DTD support,
// which Debian's libexpat1 is (its symbols are in the library); the guard
// is then set below. Without the define the header hides it.
#ifndef XML_DTD
#define XML_DTD
#endif
#include <expat.h>

#include "core/location.h"

namespace heard {
namespace {

struct Context {
  XML_Parser parser;
  const XmlHandlers* handlers;
  int max_depth;
  int depth = 0;
  std::string stopped_because;  // why a handler stopped the parser
  XML_Size stopped_line = 0;    // and where: the start of what it refused
  XML_Size stopped_column = 0;
};

// Stops the parse; the place is taken now, as after stopping expat reports
// the end of the construct rather than its start.
void Stop(Context* context, std::string why) {
  context->stopped_because = std::move(why);
  context->stopped_line = XML_GetCurrentLineNumber(context->parser);
  context->stopped_column = XML_GetCurrentColumnNumber(context->parser);
  XML_StopParser(context->parser, XML_FALSE);
}

std::string_view LocalName(const char* name) {
  std::string_view view(name);
  const size_t colon = view.rfind(':');
  return colon == std::string_view::npos ? view : view.substr(colon + 1);
}

void OnStart(void* data, const XML_Char* name, const XML_Char** attrs) {
  Context* context = static_cast<Context*>(data);
  if (++context->depth > context->max_depth) {
    Stop(context, "elements nest more than " + std::to_string(context->max_depth) +
                      " deep (max_xml_depth)");
    return;
  }
  const XmlHandlers* handlers = context->handlers;
  if (!handlers->start) return;
  std::map<std::string, std::string> map;
  for (int i = 0; attrs[i] && attrs[i + 1]; i += 2) map[std::string(LocalName(attrs[i]))] = attrs[i + 1];
  handlers->start(LocalName(name), map);
}

void OnEnd(void* data, const XML_Char* name) {
  Context* context = static_cast<Context*>(data);
  --context->depth;
  const XmlHandlers* handlers = context->handlers;
  if (handlers->end) handlers->end(LocalName(name));
}

void OnText(void* data, const XML_Char* text, int length) {
  const XmlHandlers* handlers = static_cast<Context*>(data)->handlers;
  if (handlers->text) handlers->text(std::string_view(text, static_cast<size_t>(length)));
}

// Office parts never declare entities; a part that does is refused, so
// "billion laughs" expansion cannot happen.
void OnEntityDecl(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                  const XML_Char*, const XML_Char*, const XML_Char*) {
  Stop(static_cast<Context*>(data), "entity declarations are not allowed");
}

}  // namespace

Status WalkXml(const std::string& xml, const std::string& part, const std::string& file,
               const XmlHandlers& handlers, const Limits& limits) {
  XML_Parser parser = XML_ParserCreate("UTF-8");
  Context context{parser, &handlers, limits.max_xml_depth};
#if XML_MAJOR_VERSION > 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION >= 4)
  XML_SetBillionLaughsAttackProtectionMaximumAmplification(
      parser, static_cast<float>(limits.max_xml_amplification));
#endif
  XML_SetUserData(parser, &context);
  XML_SetElementHandler(parser, OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser, OnText);
  XML_SetEntityDeclHandler(parser, OnEntityDecl);
  Status status;
  if (XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_ERROR) {
    const XML_Error code = XML_GetErrorCode(parser);
    const bool stopped = code == XML_ERROR_ABORTED;
    const std::string why = stopped ? context.stopped_because : XML_ErrorString(code);
    const XML_Size line = stopped ? context.stopped_line : XML_GetCurrentLineNumber(parser);
    const XML_Size column = stopped ? context.stopped_column : XML_GetCurrentColumnNumber(parser);
    status = Status::InputError(FormatError(
        Location{file}, part + ":" + std::to_string(line) + ":" + std::to_string(column + 1) +
                            ": " + why));
  }
  XML_ParserFree(parser);
  return status;
}

}  // namespace heard
