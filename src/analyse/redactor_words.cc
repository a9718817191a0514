#include "analyse/redactor_words.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The lists are space-separated strings, split once into hash sets. Given
// names cover the generations who answer carers' surveys (born 1930s-2010s)
// and the families of the UK's larger communities; they were written for
// this project from general knowledge, not copied from a published list.

namespace heard {
namespace {

constexpr const char* kGivenNames =
    // women, older generations
    "ada agnes alice alma annie audrey barbara beatrice bernadette bernice beryl betty "
    "beverley brenda bridget carole cathy cecilia cynthia daphne denise doreen doris "
    "dorothy edith edna eileen elaine eleanor elizabeth ellen elsie enid ethel evelyn "
    "gillian gladys glenda gloria gwen gwendoline hilda irene jean joan joanne josephine "
    "joyce judith judy june kathleen lesley linda lorna lorraine louise mabel madeline "
    "margaret marian marilyn marjorie maureen mavis maxine mildred moira muriel nancy "
    "norma olive pamela pam pauline peggy phyllis rita rosemary ruth sheila shirley sylvia "
    "thelma valerie vera violet wendy winifred yvonne "
    // women, middle generations
    "alison amanda andrea angela anita anne ann annette belinda bev beverly carol caroline "
    "carolyn catherine cheryl christine claire clare colette collette dawn debbie deborah "
    "debra diane donna elaine fiona gail geraldine gina helen jackie jacqueline jane janet "
    "janice jennifer jenny jill jo julie julia karen kate kath katherine kathryn kay kelly "
    "kerry kim lisa liz lynn lynne mandy maria marie mary melanie michelle nicola nicki "
    "nikki paula penny rachel rebecca sally samantha sam sandra sarah sharon sonia sue "
    "susan suzanne tania tanya teresa theresa tina tracey tracy vicky victoria wendy "
    "zoe "
    // women, younger generations
    "abbie abigail aimee alisha amber amelia amy aoife ava bella bethany bethan brooke "
    "caitlin charlotte chelsea chloe courtney danielle demi eleanor ella ellie ellie-mae "
    "eloise emily emma erin esme eva evie faye freya georgia gemma grace hannah harriet "
    "heidi holly imogen isabel isabella isabelle isla jade jasmine jessica jodie kacey "
    "kayla kayleigh keeley keira kelsey kirsty lacey lauren layla leah lexi libby lily "
    "lola lucy maddison maisie megan melissa mia millie molly naomi natalie niamh olivia "
    "paige phoebe poppy rosie ruby scarlett shannon sienna skye sophia sophie stacey "
    "summer tegan tia tilly willow yasmin zara "
    // men, older generations
    "albert alfred arthur bernard bert cecil clifford colin cyril dennis derek desmond "
    "donald douglas edward eric ernest frank fred frederick geoffrey george gerald gordon "
    "graham harold herbert horace howard hugh jack jim jimmy keith ken kenneth leonard "
    "les leslie malcolm maurice norman percy ralph raymond reg reginald ronald ron roy "
    "sidney stanley stan ted terence trevor victor walter wilfred "
    // men, middle generations
    "adrian alan alistair andrew andy anthony barry brian carl chris christopher clive "
    "craig darren dave david dean des duncan gareth gary gavin glenn graeme greg ian "
    "jason jeff jeremy john jonathan julian kevin lee mark martin matthew michael mick "
    "mike neil nigel paul pete peter phil philip richard rob robert roger russell scott "
    "shaun sean simon stephen steve steven stuart terry tim timothy tony wayne "
    // men, younger generations
    "aaron adam aiden alex alfie archie arlo ben bobby brandon callum cameron charlie "
    "connor corey daniel danny dylan elliot elliott ethan finley finn freddie gabriel "
    "harley harrison harry harvey hayden henry hugo isaac jack jacob jake jamie jayden "
    "jaxon jenson joe joel jordan josh joshua jude kai kayden kieran kyle leo lewis liam "
    "logan louis luca lucas luke mason max nathan noah oliver ollie oscar owen reece "
    "reuben riley ryan sam samuel sebastian stanley teddy theo thomas toby tom tommy "
    "tyler zach zachary "
    // South Asian and Muslim families
    "aaliyah aisha amina anil arjun asif ayesha bilal deepak fatima farah farhan gurpreet "
    "hamza harpreet hassan hussain imran jaspreet kamal kiran mohammed mohammad muhammad "
    "ahmed ali amir anjali aryan ibrahim ismail javed kabir khadija leila maryam mehmet "
    "nadia naveed nisha omar parveen pooja priya rahul rajesh raj ravi rehana sadia "
    "saima sana shabana shazia sunil suresh tariq usman yusuf zain zainab zeynep "
    // Black British, African and Caribbean families
    "abena adebayo ama amara ayo chidi chiamaka chinedu chioma comfort delroy desiree "
    "efua femi folake ifeoma ife kemi kofi kwame kwabena leroy marcia monique nia "
    "nkechi obinna olu oluwaseun precious shanice shaniqua tendai tunde winston yaa "
    "keisha tyrone jermaine ebony "
    // Polish, Baltic, Romanian and other European families
    "agnieszka aleksandra andrzej anna bartosz dorota ewa grzegorz jakub janusz joanna "
    "kasia katarzyna krzysztof lukasz magdalena malgorzata marek marta mateusz michal "
    "monika pawel piotr stanislaw tomasz wojciech zofia ionut andrei elena mihai ioana "
    "darius giedre jonas "
    // Irish, Scottish and Welsh names
    "aled bronwen cerys ceri dafydd declan dermot eamon eamonn emrys eoin fergus gethin "
    "gwyn hamish iain ieuan iwan mairead morag niall padraig rhian rhiannon rhys "
    "seamus sian siobhan sinead tadhg eilidh catriona kirstie ailsa";

// Given names that are also words (or months), counted only after a cue or
// when capitalised away from the start of a sentence.
constexpr const char* kAmbiguousNames =
    "will may june april august grace hope faith joy rose amber jade holly ivy iris "
    "daisy poppy lily violet hazel heather dawn summer autumn sky skye bill pat sue "
    "mark frank rob ray jack max dean eve christian carol robin nick drew chase miles "
    "norman precious patience sunny penny sandy rocky rusty guy earl king bob don ken "
    "art gene kay jay brook river storm star angel honey crystal destiny chelsea "
    "georgia florence paris india jordan ted teddy charity mercy dot jan dale glen "
    "clay reed ash cliff lane wade grant kit les olive ruby willow harley stan comfort "
    "mason reg bobby";

constexpr const char* kCommonWords =
    // function words and pronouns
    "a an the and or but nor so yet if then than that this these those there here "
    "where when while whilst who whom whose which what why how as at by for from in "
    "into of off on onto out over to up upon with within without about above across "
    "after against along among around before behind below beneath beside besides "
    "between beyond down during except inside near outside past since through "
    "throughout till toward towards under underneath until unto via i me my mine "
    "myself we us our ours ourselves you your yours yourself he him his himself she "
    "her hers herself it its itself they them their theirs themselves one ones "
    "someone somebody something anyone anybody anything everyone everybody everything "
    "nobody nothing noone none no not nor all any both each either every few many "
    "more most much neither other others own same several some such too very just "
    "only also even still already again always never ever often sometimes usually "
    "really quite rather almost enough lot lots bit "
    // auxiliaries, contractions written without apostrophes
    "am is are was were be been being have has had having do does did doing done can "
    "could shall should will would may might must ought im ive id ill youre youve "
    "hes shes its were weve theyre theyve dont doesnt didnt cant cannot couldnt wont "
    "wouldnt shouldnt isnt arent wasnt werent hasnt havent hadnt aint gonna wanna "
    "gotta u ur r n ya yeah yes ok okay pls please thanks thank ta cheers sorry hi "
    "hello dear x xx xxx "
    // common verbs that follow a person
    "needs need needed gets get got goes go went gone going comes come came coming "
    "says say said tells tell told asks ask asked makes make made takes take took "
    "gives give gave keeps keep kept lives live lived loves love loved likes like "
    "liked hates hate wants want wanted tries try tried helps help helped works work "
    "worked cares care cared looks look looked sees see saw seen knows know knew "
    "thinks think thought feels feel felt finds find found leaves leave left stays "
    "stay stayed sleeps sleep slept eats eat ate walks walk walked falls fall fell "
    "struggles struggle struggled refuses refuse refused forgets forget forgot "
    "attends attend attended uses use used calls call called rings ring rang starts "
    "start started stops stop stopped moved move moves died dies passed became becomes "
    "suffers suffered suffering requires required relies relied depends depended "
    "shouts screams cries cried screamed gone became does doesnt has hasnt is isnt "
    "was wasnt also too now then still just only again already always never "
    "being having getting going doing trying looking caring working living "
    // common nouns and adjectives in carers' answers
    "carer carers caring care respite break breaks council services service social "
    "worker workers support school college work job home house family families "
    "hospital doctor doctors gp gps nurse nurses surgery appointment appointments "
    "letter letters team staff help advice information money benefits allowance "
    "time times day days week weeks month months year years night nights morning "
    "evening life health mental physical needs group groups centre center cafe "
    "everything nothing something anything people person carer's local national "
    "government nhs county city town village area dementia autism cancer stroke "
    "disability disabilities condition conditions diagnosis young old older elderly "
    "new good bad great best better worse worst hard easy difficult full part little "
    "big small long short first last next other own only same different whole "
    "because although though however therefore unless whether once "
    "transport parking housing assessment assessments form forms plan plans "
    "strategy survey consultation report question questions answer answers "
    "covid lockdown pandemic day centre centres library church mosque "
    // relations and roles (a relation word is not a name)
    "mum mam mom mummy mother dad daddy father parent parents son sons daughter "
    "daughters child children kid kids baby babies boy boys girl girls husband wife "
    "partner brother brothers sister sisters sibling siblings nan nana nanna gran "
    "granny grandma grandad granddad grandpa grandmother grandfather grandson "
    "granddaughter grandchildren uncle aunt auntie aunty cousin nephew niece friend "
    "friends neighbour neighbours hubby lad lass bro sis twin teacher teachers "
    "consultant physio ot senco ammi abbu abba amma nani dadi dada baba mama papa "
    // conditions in capitals that follow a cue like a name ("got MS and I")
    "ms adhd asd copd mnd ptsd ocd cp ld "
    // days, months, seasons, festivals
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu "
    "thur thurs fri sat sun january february march april may june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct "
    "nov dec spring summer autumn winter christmas easter eid diwali today tomorrow "
    "yesterday weekend weekends mondays tuesdays wednesdays thursdays fridays saturdays "
    "sundays "
    // languages and nationalities, capitalised in English but nobody's name
    "english welsh scottish irish british polish urdu punjabi bengali gujarati arabic "
    "romanian french spanish portuguese italian somali turkish chinese cantonese "
    "mandarin tamil hindi lithuanian russian ukrainian african asian caribbean european "
    "uni "
    // conditions named after people: carers name them all the time
    "parkinson parkinsons alzheimer alzheimers huntington huntingtons crohn crohns down "
    "downs asperger aspergers tourette tourettes addison addisons hodgkin hodgkins lewy "
    "raynaud raynauds duchenne rett angelman marfan ehlers danlos sjogren guillain barre "
    "graves cushing cushings meniere menieres perthes kawasaki hirschsprung batten "
    "korsakoff pick picks creutzfeldt "
    // words that open a sentence before a comma ("Anyway, my husband ...")
    "anyway anyhow also basically honestly sadly unfortunately fortunately luckily "
    "thankfully hopefully currently recently meanwhile obviously personally firstly "
    "secondly thirdly finally lastly overall well yes no plus especially mainly mostly "
    "generally normally eventually ideally clearly actually literally seriously "
    "apparently additionally furthermore moreover otherwise instead likewise "
    "regardless nonetheless nevertheless again sometimes often today "
    // sign-off and greeting words
    "regards wishes sincerely faithfully truly best kind kindest warm warmest many "
    "love from yours all team anon anonymous";

constexpr const char* kPlaceWords =
    "house hospice centre center court road street lane avenue close way drive "
    "crescent park ward hospital school academy college unit lodge trust foundation "
    "surgery practice clinic hall villa gardens place square terrace grove green "
    "campaign society fund appeal association network project partnership alliance";

// Every word of the lists in one table, with what it is. The redactor looks
// up every word of every text, so this is one probe of an open-addressed
// table rather than several std::unordered_set lookups, and a word's first
// 16 bytes are held in the slot as two integers, so that making the hash
// and checking a slot take no loop over the bytes beyond reading the word
// once. A listed word longer than 16 bytes (none is yet) is checked in full.
enum Kind : unsigned char { kGiven = 1, kAmbiguous = 2, kCommon = 4, kPlace = 8 };

class WordTable {
 public:
  WordTable() {
    Add(kGivenNames, kGiven);
    Add(kAmbiguousNames, kAmbiguous);
    Add(kCommonWords, kCommon);
    Add(kPlaceWords, kPlace);
  }

  const GivenNameFilter& names() const { return names_; }

  unsigned char Find(std::string_view word) const {
    if (word.size() > kLongest) return 0;
    const WordKey key = KeyOf(word);
    for (size_t i = WordKeyHash(key) & kMask;; i = (i + 1) & kMask) {
      const Slot& slot = slots_[i];
      if (slot.kinds == 0) return 0;
      if (slot.low == key.low && slot.high == key.high && slot.size == word.size() &&
          (word.size() <= kInline || std::string_view(slot.data, slot.size) == word)) {
        return slot.kinds;
      }
    }
  }

 private:
  static constexpr size_t kSize = 4096;  // a power of two, over twice the words
  static constexpr size_t kMask = kSize - 1;
  static constexpr size_t kInline = 16;   // bytes of a word its key holds
  static constexpr size_t kLongest = 255;  // a listed word's longest length
  struct Slot {
    uint64_t low = 0, high = 0;  // the word's WordKey
    const char* data = nullptr;  // the whole word, for one longer than kInline
    unsigned char size = 0;
    unsigned char kinds = 0;
  };

  static WordKey KeyOf(std::string_view word) {
    WordKey key;
    key.size = word.size();
    const size_t n = word.size() < kInline ? word.size() : kInline;
    for (size_t i = 0; i < n; ++i) key.Set(i, static_cast<unsigned char>(word[i]));
    return key;
  }

  void Add(const char* words, Kind kind) {
    std::string_view rest(words);
    while (!rest.empty()) {
      const size_t space = rest.find(' ');
      if (space != 0) Insert(rest.substr(0, space), kind);
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
  }

  void Insert(std::string_view word, Kind kind) {
    if (word.size() > kLongest) {
      // The lists are fixed in this file: a word this long is a bug.
      std::fprintf(stderr, "heard: internal error: redactor word over %zu bytes\n", kLongest);
      std::abort();
    }
    const WordKey key = KeyOf(word);
    if (kind == kGiven || kind == kAmbiguous) names_.Add(key);
    for (size_t i = WordKeyHash(key) & kMask;; i = (i + 1) & kMask) {
      Slot& slot = slots_[i];
      if (slot.kinds == 0 || std::string_view(slot.data, slot.size) == word) {
        slot.low = key.low;
        slot.high = key.high;
        slot.data = word.data();
        slot.size = static_cast<unsigned char>(word.size());
        slot.kinds |= kind;
        return;
      }
    }
  }

  Slot slots_[kSize];
  GivenNameFilter names_;
};

const WordTable& TheTable() {
  static const WordTable* table = new WordTable();
  return *table;
}

unsigned char KindsOf(std::string_view lower) { return TheTable().Find(lower); }

}  // namespace

GivenName GivenNameKind(std::string_view lower) {
  const unsigned char kinds = KindsOf(lower);
  if (kinds & kAmbiguous) return GivenName::kAmbiguous;
  if (kinds & kGiven) return GivenName::kYes;
  return GivenName::kNo;
}

const GivenNameFilter& TheGivenNameFilter() { return TheTable().names(); }

bool IsCommonWord(std::string_view lower) { return KindsOf(lower) & kCommon; }

bool IsPlaceWord(std::string_view lower) { return KindsOf(lower) & kPlace; }

std::string Lowered(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace heard
