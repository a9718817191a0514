#include "ingest/email_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace heard {
namespace {

std::string ReadTestFile(const std::string& name) {
  std::ifstream in(std::string(HEARD_TESTDATA) + "/ingest/email/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

struct FileCase {
  const char* file;
  std::string subject;
  std::string date;
  std::string body;
  std::vector<std::string> attachments;
  bool signature_removed;
  bool quote_removed;
  bool from_html;
};

void Check(const FileCase& c, const EmailMessage& email) {
  EXPECT_EQ(email.subject, c.subject) << c.file;
  EXPECT_EQ(email.date, c.date) << c.file;
  EXPECT_EQ(email.body, c.body) << c.file;
  EXPECT_EQ(email.attachments, c.attachments) << c.file;
  EXPECT_EQ(email.signature_removed, c.signature_removed) << c.file;
  EXPECT_EQ(email.quote_removed, c.quote_removed) << c.file;
  EXPECT_EQ(email.from_html, c.from_html) << c.file;
}

TEST(EmailReaderTest, ReadsTheRespondentsTextFromEachKindOfMessage) {
  const FileCase cases[] = {
      {"plain.eml",
       "Carers strategy consultation",
       "2026-11-03",
       "Hello,\n\nI have looked after my husband since his stroke in 2019. The hardest\nthing is "
       "getting a proper break. The respite service at Ashdown House\nclosed last year and "
       "nothing has replaced it.\n\nPlease put breaks first in the new strategy.",
       {},
       true,
       false,
       false},
      {"quoted_printable.eml",
       "Young carers\u2019 views",
       "2026-11-04",
       "I\u2019m a young carer (I\u2019m 15) and I look after my mum who has MS. School "
       "don\u2019t really know what I do at home and I get told off for being late.\n\nIt would "
       "help if teachers had training about young carers.",
       {},
       false,
       false,
       false},
      // 00:15 at +0100 is still the 4th in UTC: the sender's own date is kept.
      {"base64.eml",
       "Assessment and grant",
       "2026-11-05",
       "My dad has dementia and I work full time. The carers\u2019 assessment took seven months "
       "and at the end I was given a leaflet.\n\nI would like a named person at the council I "
       "can ring. Caf\u00e9-style drop-ins would help too, and the \u00a3300 carers\u2019 grant "
       "should be easier to apply for.",
       {},
       false,
       false,
       false},
      {"alternative.eml",
       "Parent carer response",
       "2026-11-06",
       "My son is 9 and autistic. Information about what help exists is scattered across five "
       "websites.\n\nOne place to look, please.",
       {},
       true,
       false,
       false},
      {"html_only.eml",
       "Re: Have your say",
       "2026-11-07",
       "Dear team,\n\nI care for my brother & my dad. What I need:\nA carer\u2019s card that GP "
       "surgeries recognise\nEvening support groups \u2013 I work 9\u20135\nParking at the "
       "hospital costs \u00a312 a day.\nThat adds up fast.\nLink text stays.",
       {},
       false,
       false,
       true},
      {"windows1252.eml",
       "Carers strategy",
       "2026-11-09",
       "The council\u2019s \u201Ccarers\u201D page is out of date \u2013 the \u00a325 "
       "voucher\nscheme ended in 2024.",
       {},
       false,
       false,
       false},
      {"attachment.eml",
       "My response attached",
       "2026-11-10",
       "Please find my answers to the questionnaire attached. In short: carers\nneed to be "
       "asked, not told.",
       {"Carers response.pdf", "(unnamed image/png)"},
       false,
       false,
       false},
      {"reply_outlook.eml",
       "RE: Carers strategy - your views",
       "2026-11-11",
       "Hi,\n\nAnswers below as asked.\n\n1. Identification: my GP only found out I was a "
       "carer when I fainted in\nthe waiting room.\n2. Breaks: I have not had a day off in "
       "three years.",
       {},
       true,
       true,
       false},
      {"reply_gmail.eml",
       "Re: Carers strategy - your views",
       "2026-11-12",
       "Young carers in our village have nowhere to go. The bus to the young\ncarers group "
       "stopped running in September.",
       {},
       true,
       true,
       false},
      // format=flowed: the two lines of the answer are one line again.
      {"reply_inline.eml",
       "Re: Carers strategy - your views",
       "2026-11-13",
       "A sitting service so I can get to my own hospital appointments. At the moment I have "
       "to take my husband with me, which upsets him.\n\nNo.",
       {},
       true,
       true,
       false},
      {"truncated.eml",
       "Carers",
       "2026-11-14",
       "I wanted to say that the carers centre staff are brilliant but the",
       {"notes.pdf"},
       false,
       false,
       false},
  };
  for (const FileCase& c : cases) {
    StatusOr<EmailMessage> email = ParseEmail(ReadTestFile(c.file), c.file);
    ASSERT_TRUE(email.ok()) << c.file << ": " << email.status().message();
    Check(c, *email);
  }
}

TEST(EmailReaderTest, NeverKeepsTheSender) {
  for (const char* file : {"plain.eml", "alternative.eml", "reply_outlook.eml", "base64.eml"}) {
    StatusOr<EmailMessage> email = ParseEmail(ReadTestFile(file), file);
    ASSERT_TRUE(email.ok()) << file;
    for (const char* sender : {"Margaret", "Okafor", "Raj", "Hughes", "@example"}) {
      EXPECT_EQ(email->body.find(sender), std::string::npos) << file << " keeps " << sender;
    }
  }
}

struct ErrorCase {
  std::string bytes;
  std::string error;
};

TEST(EmailReaderTest, WhatIsNotAnEmailIsAnErrorNotACrash) {
  const ErrorCase cases[] = {
      {ReadTestFile("garbage.eml"),
       "garbage.eml: error: not an e-mail message: it does not start with header lines such as "
       "\"From:\""},
      {"",
       "garbage.eml: error: not an e-mail message: it does not start with header lines such "
       "as \"From:\""},
      {"Dear Sir/Madam,\nI am writing about the strategy.\n",
       "garbage.eml: error: not an e-mail message: it does not start with header lines such as "
       "\"From:\""},
      {"name: Carers survey\nsources: 3\n",
       "garbage.eml: error: not an e-mail message: none of its header lines is an e-mail header "
       "(From, To, Subject, Date)"},
  };
  for (const ErrorCase& c : cases) {
    StatusOr<EmailMessage> email = ParseEmail(c.bytes, "garbage.eml");
    ASSERT_FALSE(email.ok()) << c.bytes;
    EXPECT_EQ(email.status().code(), Status::Code::kInputError);
    EXPECT_EQ(email.status().message(), c.error);
  }
}

struct MessageCase {
  const char* name;
  std::string bytes;
  std::string body;
};

TEST(EmailReaderTest, DecodesMislabelledCharsets) {
  const MessageCase cases[] = {
      {"iso-8859-1 holding Windows-1252",
       "Subject: x\nContent-Type: text/plain; charset=iso-8859-1\n\nI can\x92t cope \xA3"
       "5\n",
       "I can\u2019t cope \u00a35"},
      {"us-ascii holding UTF-8",
       "Subject: x\nContent-Type: text/plain; charset=us-ascii\n\nCaf\xC3\xA9 drop-in\n",
       "Caf\u00e9 drop-in"},
      {"no charset, mostly UTF-8", "Subject: x\n\nCaf\xC3\xA9 and \xFF here\n",
       "Caf\u00e9 and \uFFFD here"},
      {"utf-8 holding Windows-1252",
       "Subject: x\nContent-Type: text/plain; charset=utf-8\n\nDon\x92t stop\n", "Don\u2019t stop"},
      {"unknown charset", "Subject: x\nContent-Type: text/plain; charset=x-nonsense\n\nPlain\n",
       "Plain"},
      {"crlf", "Subject: x\r\n\r\nOne\r\nTwo\r\n", "One\nTwo"},
  };
  for (const MessageCase& c : cases) {
    StatusOr<EmailMessage> email = ParseEmail(c.bytes, "m.eml");
    ASSERT_TRUE(email.ok()) << c.name;
    EXPECT_EQ(email->body, c.body) << c.name;
  }
}

TEST(EmailReaderTest, HtmlConversion) {
  const MessageCase cases[] = {
      {"gmail reply",
       "Subject: Re: x\nContent-Type: text/html\n\n<div dir=\"ltr\">Yes, a carers card.</div>"
       "<br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, 2 Nov 2026 at 10:12, "
       "Team &lt;t@example.org&gt; wrote:<br></div><blockquote>Would a card help?</blockquote>"
       "</div>",
       "Yes, a carers card."},
      {"blockquote only",
       "Subject: x\nContent-Type: text/html\n\n<p>Reply</p><blockquote><p>Old</p></blockquote>",
       "Reply"},
      {"entities",
       "Subject: x\nContent-Type: text/html\n\nA&#39;s &#x2019; &#146; &bogus; & "
       "&#0; &lt;3",
       "A's \u2019 \u2019 &bogus; & \uFFFD <3"},
      {"pre keeps lines", "Subject: x\nContent-Type: text/html\n\n<pre>a  b\nc</pre>d",
       "a  b\nc\nd"},
      {"gmail blank lines",
       "Subject: x\nContent-Type: text/html\n\n<div>a</div><div><br></div>"
       "<div>b</div><table><tr><td>c</td><td>d</td></tr></table>",
       "a\n\nb\nc d"},
      {"unclosed script", "Subject: x\nContent-Type: text/html\n\nKept<script>lost", "Kept"},
      {"unclosed tag", "Subject: x\nContent-Type: text/html\n\nKept <a href=\"x", "Kept"},
  };
  for (const MessageCase& c : cases) {
    StatusOr<EmailMessage> email = ParseEmail(c.bytes, "m.eml");
    ASSERT_TRUE(email.ok()) << c.name;
    EXPECT_EQ(email->body, c.body) << c.name;
    EXPECT_TRUE(email->from_html) << c.name;
  }
}

TEST(EmailReaderTest, ListsEveryPartThatIsNotTheBody) {
  const std::string bytes =
      "Subject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
      "--b\nContent-Type: text/plain\n\nMain text.\n"
      "--b\nContent-Type: text/plain; name=\"diary.txt\"\n\nNot the body.\n"
      "--b\nContent-Type: application/msword\nContent-Disposition: attachment; "
      "filename=\"/home/rpatel/My Documents/form.doc\"\n\nxx\n"
      "--b\nContent-Type: message/rfc822\n\nSubject: fwd\n\nForwarded.\n"
      "--b\nContent-Type: text/plain\n\nSecond inline text.\n"
      "--b--\n";
  StatusOr<EmailMessage> email = ParseEmail(bytes, "m.eml");
  ASSERT_TRUE(email.ok());
  EXPECT_EQ(email->body, "Main text.\n\nSecond inline text.");
  EXPECT_EQ(email->attachments,
            (std::vector<std::string>{"diary.txt", "form.doc", "(unnamed message/rfc822)"}));
}

TEST(EmailReaderTest, HeadersAndSender) {
  const MessageCase cases[] = {
      {"headers only", "Subject: Hello\n", ""},
      {"address as last line", "From: jo@example.org\nSubject: x\n\nText.\njo@example.org\n",
       "Text."},
      {"first name as last line",
       "From: \"Smith, Jo\" <jo@example.org>\nSubject: x\n\nText.\n"
       "- Jo\n",
       "Text."},
      {"other name kept", "From: Jo Smith <jo@example.org>\nSubject: x\n\nText.\nSam\n",
       "Text.\nSam"},
  };
  for (const MessageCase& c : cases) {
    StatusOr<EmailMessage> email = ParseEmail(c.bytes, "m.eml");
    ASSERT_TRUE(email.ok()) << c.name;
    EXPECT_EQ(email->body, c.body) << c.name;
  }
  StatusOr<EmailMessage> undated = ParseEmail("Date: last Tuesday\nSubject: x\n\nHi\n", "m.eml");
  ASSERT_TRUE(undated.ok());
  EXPECT_EQ(undated->date, "");
}

// A message whose body sits inside `depth` multiparts, each with its own
// boundary, as a nesting bomb would be built.
std::string NestedMessage(int depth) {
  std::string m = "From: a@example.org\nSubject: nested\nMIME-Version: 1.0\n";
  for (int i = 0; i < depth; ++i) {
    m += "Content-Type: multipart/mixed; boundary=\"b" + std::to_string(i) + "\"\n\n--b" +
         std::to_string(i) + "\n";
  }
  m += "Content-Type: text/plain\n\nPlease fund more respite.\n";
  for (int i = depth - 1; i >= 0; --i) m += "--b" + std::to_string(i) + "--\n";
  return m;
}

TEST(EmailReaderTest, NestingUpToTheCapReads) {
  Limits limits;
  limits.max_mime_depth = 4;
  StatusOr<EmailMessage> email = ParseEmail(NestedMessage(4), "m.eml", limits);
  ASSERT_TRUE(email.ok()) << email.status().message();
  EXPECT_EQ(email->body, "Please fund more respite.");
}

TEST(EmailReaderTest, NestingPastTheCapIsRefused) {
  Limits limits;
  limits.max_mime_depth = 4;
  StatusOr<EmailMessage> email = ParseEmail(NestedMessage(5), "m.eml", limits);
  ASSERT_FALSE(email.ok());
  EXPECT_EQ(email.status().message(),
            "m.eml: error: MIME parts nest more than 4 levels deep (max_mime_depth); refusing "
            "the message");
}

// Fifty thousand levels: refused by the boundary count before GMime parses
// it (which would take seconds), with the same message.
TEST(EmailReaderTest, ANestingBombIsRefusedBeforeParsing) {
  StatusOr<EmailMessage> email = ParseEmail(NestedMessage(50000), "bomb.eml");
  ASSERT_FALSE(email.ok());
  EXPECT_EQ(email.status().message(),
            "bomb.eml: error: MIME parts nest more than 32 levels deep (max_mime_depth); "
            "refusing the message");
}

}  // namespace
}  // namespace heard
