// XmlWalker: the small slice of expat the office readers need. Parses a
// whole XML part and calls back on start tags (with attributes), end tags
// and text; a malformed part comes back as "file: error: part:line:col:
// message". Entity declarations are refused, so no entity can expand; expat's
// own billion-laughs guard is set as a second wall; elements nested deeper
// than Limits::max_xml_depth stop the parse with an error.
// Tests: tests/ingest/xml_walker_test.cc.
#ifndef HEARD_INGEST_XML_WALKER_H_
#define HEARD_INGEST_XML_WALKER_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "core/limits.h"
#include "core/status.h"

namespace heard {

struct XmlHandlers {
  // Tag names are given without their namespace prefix ("w:t" -> "t").
  std::function<void(std::string_view name, const std::map<std::string, std::string>& attrs)>
      start;
  std::function<void(std::string_view name)> end;
  std::function<void(std::string_view text)> text;
};

Status WalkXml(const std::string& xml, const std::string& part, const std::string& file,
               const XmlHandlers& handlers, const Limits& limits = Limits());

}  // namespace heard

#endif  // HEARD_INGEST_XML_WALKER_H_
