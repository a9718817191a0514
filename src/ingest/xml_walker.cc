#include "ingest/xml_walker.h"

#include <expat.h>

#include "core/location.h"

namespace heard {
namespace {

struct Context {
  XML_Parser parser;
  const XmlHandlers* handlers;
};

std::string_view LocalName(const char* name) {
  std::string_view view(name);
  const size_t colon = view.rfind(':');
  return colon == std::string_view::npos ? view : view.substr(colon + 1);
}

void OnStart(void* data, const XML_Char* name, const XML_Char** attrs) {
  const XmlHandlers* handlers = static_cast<Context*>(data)->handlers;
  if (!handlers->start) return;
  std::map<std::string, std::string> map;
  for (int i = 0; attrs[i] && attrs[i + 1]; i += 2) map[std::string(LocalName(attrs[i]))] = attrs[i + 1];
  handlers->start(LocalName(name), map);
}

void OnEnd(void* data, const XML_Char* name) {
  const XmlHandlers* handlers = static_cast<Context*>(data)->handlers;
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
  XML_StopParser(static_cast<Context*>(data)->parser, XML_FALSE);
}

}  // namespace

Status WalkXml(const std::string& xml, const std::string& part, const std::string& file,
               const XmlHandlers& handlers) {
  XML_Parser parser = XML_ParserCreate("UTF-8");
  Context context{parser, &handlers};
  XML_SetUserData(parser, &context);
  XML_SetElementHandler(parser, OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser, OnText);
  XML_SetEntityDeclHandler(parser, OnEntityDecl);
  Status status;
  if (XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_ERROR) {
    const XML_Error code = XML_GetErrorCode(parser);
    const std::string why = code == XML_ERROR_ABORTED ? "entity declarations are not allowed"
                                                      : XML_ErrorString(code);
    status = Status::InputError(FormatError(
        Location{file}, part + ":" + std::to_string(XML_GetCurrentLineNumber(parser)) + ":" +
                            std::to_string(XML_GetCurrentColumnNumber(parser) + 1) + ": " + why));
  }
  XML_ParserFree(parser);
  return status;
}

}  // namespace heard
