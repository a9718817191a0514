#include "tag/tagger.h"

#include <algorithm>

#include "text/normalizer.h"

namespace heard {

bool CodedResponse::HasTheme(int theme) const {
  for (const AnswerCoding& answer : answers) {
    for (const Coding& coding : answer.codings) {
      if (coding.theme == theme) return true;
    }
  }
  return false;
}

std::vector<int> CodedResponse::Themes() const {
  std::vector<int> themes;
  for (const AnswerCoding& answer : answers) {
    for (const Coding& coding : answer.codings) themes.push_back(coding.theme);
  }
  std::sort(themes.begin(), themes.end());
  themes.erase(std::unique(themes.begin(), themes.end()), themes.end());
  return themes;
}

std::vector<int> CodedResponse::RolledUp(const Codebook& codebook) const {
  std::vector<int> themes = Themes();
  const size_t direct = themes.size();
  for (size_t i = 0; i < direct; ++i) {
    const std::string& parent = codebook.themes[themes[i]].parent;
    if (!parent.empty()) themes.push_back(codebook.IndexOf(parent));
  }
  std::sort(themes.begin(), themes.end());
  themes.erase(std::unique(themes.begin(), themes.end()), themes.end());
  return themes;
}

CodedResponse Tagger::Tag(Response response) const { return Tag(std::move(response), nullptr); }

CodedResponse Tagger::Tag(Response response, const NormalizedSink& each) const {
  CodedResponse coded;
  coded.answers.reserve(response.answers.size());
  thread_local NormalizedText normalized;  // its buffers serve every answer
  for (const Answer& answer : response.answers) {
    AnswerCoding coding{answer.question, {}};
    const bool blank = IsBlank(answer.text);
    if (!blank || each) Normalize(answer.text, &normalized);
    if (!blank) coding.codings = matcher_.Code(normalized);
    if (each) each(normalized.text);
    coded.answers.push_back(std::move(coding));
  }
  coded.response = std::move(response);
  return coded;
}

}  // namespace heard
