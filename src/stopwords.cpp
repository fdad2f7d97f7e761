#include "stopwords.h"

namespace pith::internal {
namespace {

// Each list: folded words, one space apart (language.cpp splits on ' ').

constexpr std::string_view kEnglish =
    "a about above after again against all also am an and any are around as at be because been "
    "before being below between both but by can could did do does doing down during each either "
    "even ever every few for from further had has have having he her here hers herself him "
    "himself his how however i if in into is it its itself just least less like many may me "
    "might more most much must my myself neither no nor not now of off often on once one only "
    "or other others our ours ourselves out over own per rather said same say says she should "
    "since so some such than that the their theirs them themselves then there these they this "
    "those though through thus to too under until up upon us very was we were what when where "
    "whether which while who whom whose why will with within without would yet you your yours "
    "yourself yourselves it's don't didn't doesn't isn't wasn't can't won't i'm we're they're "
    "you're he's she's that's there's";

constexpr std::string_view kGerman =
    "aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch "
    "auf aus bei beim bin bis bist da dabei dadurch dafür damit dann darauf darum das dass dein "
    "deine dem den denen denn der deren des dessen dich die dies diese diesem diesen dieser "
    "dieses dir doch dort du durch ein eine einem einen einer eines einige er es etwa euch euer "
    "für gegen gewesen habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre "
    "ihrem ihren ihrer im immer in ins ist ja jede jedem jeden jeder jedoch jetzt kann kein "
    "keine keinen können könnte man mehr mein meine mich mir mit muss müssen nach nicht nichts "
    "noch nun nur ob oder ohne schon sehr sein seine seinem seinen seiner seit selbst sich sie "
    "sind so sollen soll sondern sowie über um und uns unser unsere unter viel vom von vor "
    "wann war waren warum was weil weiter welche welchem welchen welcher wenn wer werden wie "
    "wieder wir wird wo wurde wurden zu zum zur zwar zwischen";

constexpr std::string_view kFrench =
    "à afin ai aie alors après as au aucun aucune aujourd'hui auprès aussi autre autres aux "
    "avait avant avec avoir c'est car ce ceci cela celle celles celui cependant ces cet cette "
    "ceux chaque chez comme comment d'un d'une dans de depuis des deux doit donc dont du elle "
    "elles en encore entre est et été étaient était être eu eux fait faire fois font hors il "
    "ils j'ai je jusqu'à la là le les leur leurs lors lui ma mais me même mêmes mes moi moins "
    "mon n'a n'est ne ni nos notre nous on ont ou où par parce pas pendant peu peut plus "
    "plusieurs pour pourquoi qu'il qu'elle quand que quel quelle quelles quels qui quoi s'est "
    "sa sans se selon ses si son sont sous sur ta te tes toi ton tous tout toute toutes très "
    "tu un une vers vos votre vous y l'on";

constexpr std::string_view kSpanish =
    "a al algo algunas algunos ante antes aquel aquella así aún bien cada como con contra "
    "cual cuando de del desde donde dos durante e el él ella ellas ellos en entre era eran es "
    "esa esas ese eso esos esta está estaba están estar estas este esto estos fue fueron ha "
    "había hace hacer han hasta hay la las le les lo los más me mi mientras mismo muy nada "
    "ni no nos nosotros nuestra nuestro o otra otras otro otros para pero poco por porque "
    "pues que qué quien quienes se sea según ser si sí sido siempre sin sino sobre son su "
    "sus también tanto te tiene tienen todo todos tras tu tú un una uno unos unas usted y ya "
    "yo dijo puede sólo solo cuyo cuya";

constexpr std::string_view kItalian =
    "a ad agli ai al alla alle allo anche ancora avere aveva avevano c'è che chi ci come con "
    "contro cosa così da dai dal dalla dalle dallo degli dei del della delle dello dentro di "
    "dopo dove e è ed era erano essere fa fare fino fra gli già ha hanno ho i il in infatti "
    "io la le lei li lo loro lui ma mai me mentre mi mia mio molto ne nei nel nella nelle "
    "nello noi non nostro o ogni oggi oltre per perché però più poi poiché prima proprio qual "
    "quale quando quanto quasi quella quelle quelli quello questa queste questi questo qui se "
    "sé sempre senza si sia siamo sono sta stata stato su sua sue sui sul sulla sulle suo suoi "
    "tra tutta tutte tutti tutto un una uno vi voi anni stati essere viene";

constexpr std::string_view kPortuguese =
    "a à ao aos aquela aquele aquilo as às até com como contra da das de dela dele deles "
    "depois desde dessa desse desta deste do dos e é ela elas ele eles em entre era eram essa "
    "esse esta está estão estava este eu foi foram há isso isto já la lhe lhes mais mas me "
    "mesmo meu minha muito muitos na não nas nem no nos nós nossa nosso num numa o os ou "
    "para pela pelas pelo pelos por porque qual quando que quem se sem ser seu seus sua suas "
    "são sob sobre também tem têm ter todo todos tu um uma umas uns você vocês vai ainda "
    "apenas assim onde segundo ser será sido pode podem cada outro outra outros disse";

constexpr std::string_view kDutch =
    "aan al alle als also andere ben bij blijft daar dan dat de deze die dit doch doen door "
    "dus een eens en er ge geen geweest haar had hadden heb hebben heeft hem het hier hij hoe "
    "hun iemand iets ik in is ja je jij jou jouw kan kon kunnen maar me meer men met mij mijn "
    "moet na naar niet niets nog nu of om omdat onder ons onze ook op over reeds te tegen toch "
    "toen tot u uit uw van veel voor want waren was wat we wel werd wie wij wil worden wordt "
    "zal ze zelf zich zij zijn zo zonder zou zouden daarom daarna nadat terwijl tussen volgens "
    "waar waarin waarop welke werden";

constexpr std::string_view kPolish =
    "a aby ale bardzo bez bo był była było byli być będzie co czy dla do gdy gdzie go i ich "
    "ja jak jako jakie jednak jego jej jest jestem jeszcze jeśli już każdy kiedy kto która "
    "które którego której który których lub ma mają może można mu na nad nam nas nawet nie "
    "nich nie niej nim niż o od oraz on ona one oni po pod podczas przed przez przy roku się "
    "sobie są ta tak także tam te tego tej teraz też to tu tych tylko tym u w we wszystko "
    "wśród z za ze że żeby jeden jedna mnie mi ten tę wiele bardziej dlatego według został "
    "została zostały";

constexpr std::string_view kTurkish =
    "acaba ama ancak artık aslında az bana bazı belki ben beni benim bile bir biraz biri "
    "birkaç birçok biz bize bizim bu buna bunda bundan bunu bunun çok çünkü da daha de değil "
    "diye en gibi göre hem hep her hiç için ile ise işte kadar ki kim mı mi mu mü nasıl ne "
    "neden nerede niçin o olan olarak oldu olduğu olduğunu olmak olması olur on ona ondan "
    "onlar onları onların onu onun öyle sadece sen siz şey şu şimdi tüm ve veya ya yani yine "
    "yok zaten var vardı ayrıca sonra önce üzere karşı arasında tarafından yılında bunlar "
    "bütün fakat oysa kendi kendisi";

constexpr std::string_view kRussian =
    "а без более бы был была были было быть в вам вас ведь весь во вот все всего всех вы где "
    "да даже для до его ее её если есть еще ещё же за здесь и из или им их к как когда кто "
    "ли либо между меня мне может мы на над надо не него нее неё нет ни них но ну о об однако "
    "он она они оно от очень по под после потому при про раз с со так также такой там те тем "
    "то того тоже только том тот тут ты у уже хотя чего чем что чтобы эта эти это этого этой "
    "этом этот я который которая которое которые которых году года сейчас можно свой своих "
    "своей через будет будут";

constexpr std::string_view kArabic =
    "في من على إلى الى عن أن ان إن لا ما مع هذا هذه ذلك تلك التي التى الذي الذين كان كانت قد "
    "لم لن هو هي هم نحن أنا كل بعد قبل بين حتى أو او ثم بل لكن عند منذ حول خلال أي اي غير قال "
    "وقال وفي ومن وعلى وأن كما أيضا ايضا إذا اذا يكون تكون فيه فيها به بها له لها عليه عليها "
    "منه منها إلا الا أنه انه وهو وهي ولا وما وكان وقد ولم هناك حيث أمام اليوم عام";

constexpr std::string_view kHindi =
    "के का की है में और को से एक पर यह भी कि ने हैं था थी थे तो इस लिए नहीं हो कर वह जो गया "
    "किया कहा साथ रहा रही रहे अपने अपनी उन्होंने उनके उनकी उस बात या तक होता होती होने करने करते "
    "हुए हुआ बाद ही कुछ वे ये सकता सकते जा जाता जाती दिया गई गए इसके इसकी उसके उसकी अब सबसे "
    "लेकिन किसी जब तब यहां वहां हम मैं आप इन उन कोई बहुत द्वारा वाले वाली करना";

constexpr std::string_view kChinese =
    "的 了 是 在 和 有 我 他 她 它 这 那 也 就 不 人 都 一 上 中 个 们 我们 他们 你 你们 与 及 对 "
    "为 以 而 被 将 把 从 到 等 又 或 但 但是 因为 所以 如果 虽然 可以 没有 这个 一个 这些 那些 "
    "什么 自己 已经 还 很 更 最 会 能 要 说 着 过 地 得 之 其 于 并 由 向 让 给 比 该 此 各 所 "
    "吗 呢 吧 啊 年 月 日 时 后 前 里 下 来 去 没 只 才 再 这样 表示 进行 目前 "
    "這 個 們 來 會 說 為 與 對 將 從 後 裡 這個 一個 沒有 他們 我們 時 這些 們 還 過 讓 給 "
    "於 並 從 對於 而且";

constexpr std::string_view kJapanese =
    "の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など "
    "なっ ない この ため その あっ よう また もの という あり まで られ なる へ か だ これ "
    "によって により おり より による ず なり られる において ば なかっ なく しかし について "
    "せ だっ できる それ う ので なお のみ でき き つ における および いう さらに でも ら たり "
    "に関する たち ます ん なら に対して 特に せる 及び これら とき では にて ほか ながら うち "
    "そして とともに ただし それぞれ または お ほど ものの に対する と共に といった です とも "
    "ところ ここ まし した して います ました でした 年 月 日 人 者";

constexpr std::string_view kKorean =
    "이 그 저 것 수 등 및 또는 그리고 하지만 그러나 그래서 또 더 잘 못 안 있다 없다 있는 없는 "
    "했다 한다 하는 하고 했던 하며 위해 대한 대해 통해 따라 같은 함께 이후 이번 지난 가장 모든 "
    "다른 많은 어떤 이런 그런 때 중 때문에 있고 있어 있을 있습니다 했습니다 합니다 입니다 것이다 "
    "것은 것을 것이 그는 그녀는 우리 우리는 저는 나는 너무 바로 다시 아직 이미 모두 매우 정말 한 "
    "두 년 월 일 씨 등을 등의 밝혔다 말했다 있도록 하는데 있지만 이는";

}  // namespace

std::string_view StopwordText(Language language) {
  switch (language) {
    case Language::kEn:
      return kEnglish;
    case Language::kDe:
      return kGerman;
    case Language::kFr:
      return kFrench;
    case Language::kEs:
      return kSpanish;
    case Language::kIt:
      return kItalian;
    case Language::kPt:
      return kPortuguese;
    case Language::kNl:
      return kDutch;
    case Language::kRu:
      return kRussian;
    case Language::kPl:
      return kPolish;
    case Language::kTr:
      return kTurkish;
    case Language::kAr:
      return kArabic;
    case Language::kHi:
      return kHindi;
    case Language::kZh:
      return kChinese;
    case Language::kJa:
      return kJapanese;
    case Language::kKo:
      return kKorean;
    case Language::kUnknown:
      break;
  }
  return "";
}

}  // namespace pith::internal
