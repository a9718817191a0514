#include "ingest/notes_reader.h"

#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace heard {
namespace {

struct Point {
  int line = 0;
  std::string text;
};

std::string_view TrimLeft(std::string_view s) {
  size_t i = s.find_first_not_of(" \t");
  return i == std::string_view::npos ? std::string_view() : s.substr(i);
}

std::string_view TrimRight(std::string_view s) {
  size_t i = s.find_last_not_of(" \t\r");
  return i == std::string_view::npos ? std::string_view() : s.substr(0, i + 1);
}

// The heading's text when `line` is a Markdown heading, else nullopt-like "".
bool HeadingText(std::string_view line, std::string* text) {
  std::string_view s = TrimLeft(line);
  size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6 || hashes >= s.size() || s[hashes] != ' ') return false;
  *text = std::string(TrimRight(TrimLeft(s.substr(hashes))));
  return true;
}

// The bullet's text when `line` starts with a bullet marker.
bool BulletText(std::string_view line, std::string_view* text) {
  std::string_view s = TrimLeft(line);
  for (std::string_view marker : {"- ", "* ", "+ ", "\xE2\x80\xA2 "}) {
    if (s.substr(0, marker.size()) == marker) {
      *text = TrimLeft(s.substr(marker.size()));
      return true;
    }
  }
  size_t digits = 0;
  while (digits < s.size() && digits < 4 && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < s.size() && (s[digits] == '.' || s[digits] == ')') &&
      s[digits + 1] == ' ') {
    *text = TrimLeft(s.substr(digits + 2));
    return true;
  }
  return false;
}

bool IsIndented(std::string_view line) {
  return !line.empty() && (line[0] == ' ' || line[0] == '\t');
}

std::string Problem(const std::string& text) {
  if (text.find('\0') != std::string::npos) return "NUL byte in the point";
  if (FirstInvalidUtf8(text) >= 0) return "invalid UTF-8 in the point";
  return "";
}

class NotesParser {
 public:
  NotesParser(const SourceSpec& spec, SourceSink* sink) : spec_(spec), sink_(sink) {}

  void Line(std::string_view raw, int number) {
    std::string_view line = TrimRight(raw);
    std::string heading;
    std::string_view bullet;
    if (TrimLeft(line).empty()) {
      Flush();
    } else if (HeadingText(line, &heading)) {
      Flush();
      group_ = heading;
    } else if (BulletText(line, &bullet)) {
      Flush();
      open_ = {number, std::string(bullet)};
      in_bullet_ = true;
    } else if (!open_.text.empty() && (!in_bullet_ || IsIndented(line))) {
      open_.text += '\n';
      open_.text += TrimLeft(line);
    } else {
      Flush();
      open_ = {number, std::string(TrimLeft(line))};
      in_bullet_ = false;
    }
  }

  int64_t Finish() {
    Flush();
    return points_;
  }

 private:
  void Flush() {
    if (open_.text.empty()) return;
    ++points_;
    std::string problem = Problem(open_.text);
    if (problem.empty()) {
      sink_->Row(MakeResponse());
    } else {
      sink_->Rejected(Location{spec_.path, open_.line}, problem, open_.text);
    }
    open_ = Point();
  }

  Response MakeResponse() const {
    Response response;
    response.id = spec_.file + ":" + std::to_string(open_.line);
    response.respondent = response.id;
    response.source = spec_.file;
    response.location = Location{spec_.path, open_.line};
    response.channel = spec_.channel;
    response.attributes = spec_.fixed;
    if (!group_.empty()) response.attributes.emplace_back(kGroupAttribute, group_);
    response.answers.push_back(
        {spec_.question.empty() ? "discussion" : spec_.question, open_.text});
    return response;
  }

  const SourceSpec& spec_;
  SourceSink* sink_;
  std::string group_;
  Point open_;
  bool in_bullet_ = false;
  int64_t points_ = 0;
};

}  // namespace

void ReadNotes(const std::string& data, const SourceSpec& spec, SourceSink* sink) {
  std::string_view rest(data);
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  NotesParser parser(spec, sink);
  int number = 0;
  while (!rest.empty()) {
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    ++number;
    parser.Line(line, number);
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  const int64_t points = parser.Finish();
  if (points == 0) sink->Note("no points found: the file is empty or holds only headings");
  sink->Finished(points);
}

}  // namespace heard
