namespace LiveRoom.Domain.Chat;

/// <summary>
/// Folds the Traditional characters that chat reading depends on to their Simplified forms, one char
/// for one char, so the 接龙 parser and the mood lexicon keep one (Simplified) set of keywords and
/// still read groups in Taiwan, Hong Kong, Malaysia or a member typing on a Traditional keyboard
/// (接龍, 兩盒, 發貨太慢, 沒有退款). docs/chat.md, "Traditional Chinese".
/// <para>
/// Deliberately a small table, not a full converter: only the characters of the parser's headers,
/// numerals and measure words, of the default lexicon (terms, negations, question words) and of the
/// common complaints and praise. A full conversion needs word context (髮/發 → 发 is fine, but
/// 乾/幹/干 are not one character's choice) and a dictionary the hot path does not need; a missing
/// character only means one word is not matched, and adding it here is a one-line change. Every
/// mapping is one BMP char to one BMP char, so positions in a folded line are positions in the raw
/// line and names are cut from the text as written.
/// </para>
/// </summary>
public static class TraditionalChinese
{
    /// <summary>Pairs of Traditional then Simplified, grouped by why they are here.</summary>
    internal const string Pairs =
        // 接龙 headers, titles and remarks: 接龍, 團購, 報名, 數量, 備註, 截止時間.
        "龍龙團团購购報报數数備备註注間间時时週周" +
        // Numerals and measure words: 兩盒, 2個, 3組, 一隻, 兩張, 1單, 2條, 1雙, 1對, 2顆, 2盤, 1捲, 1臺, 2裝.
        "兩两個个組组隻只張张單单條条雙双對对顆颗盤盘捲卷臺台裝装聽听" +
        // Numbers that are not quantities (2號, 8點, 5樓, 3棟, 2層, 3歲, 5塊錢, 1萬).
        "號号點点樓楼棟栋層层歲岁塊块錢钱萬万億亿" +
        // Default negative terms: 騙子, 假貨, 退錢, 沒收到, 太貴, 差評, 投訴, 智商稅, 垃圾, 上當, 不靠譜, 後悔, 過敏, 三無.
        "騙骗貨货沒没貴贵評评訴诉稅税當当譜谱後后過过無无" +
        // Negations and question words: 並非, 絕不是, 哪裡是, 怎麼, 甚麼時候 (甚麼 is 什么, 甚至 folds to
        // 什至, which no keyword contains), 幾號, 哪兒, 有沒有, 好用嗎.
        "並并絕绝裡里裏里麼么甚什幾几兒儿嗎吗" +
        // Common complaints and praise: 發貨太慢, 質量差, 壞了, 爛, 變質, 癢, 傷, 損壞, 詐騙, 態度, 客戶服務,
        // 還沒到, 說好的, 問題, 買, 賣, 產品, 價格, 運費, 包郵, 快遞, 換貨, 好評, 讚, 滿意, 喜歡, 謝謝, 實在.
        "發发髮发質质壞坏爛烂變变癢痒傷伤損损詐诈態态戶户務务還还說说問问題题買买賣卖產产價价運运費费郵邮遞递" +
        "換换讚赞滿满歡欢謝谢實实應应錯错誤误煩烦負负責责導导氣气愛爱讓让現现開开搶抢達达遲迟紅红餿馊語语誰谁" +
        // Everyday words around them: 這個, 們, 來, 給, 為, 會, 東西, 從, 帶, 領, 優惠, 專享, 庫存, 夠, 體驗, 試, 覺得, 緊, 秒殺, 連結, 鏈接, 總, 與, 親, 寶媽, 媽, 師, 麗.
        "這这們们來来給给為为會会東东從从帶带領领優优專专庫库夠够體体驗验試试覺觉緊紧殺杀連连鏈链結结總总與与" +
        "親亲寶宝媽妈師师麗丽";

    private const char First = '\u3400';
    private const char Last = '\u9FFF';

    /// <summary>Indexed by <c>c - First</c>; zero where the char is left as it is.</summary>
    private static readonly char[] Map = BuildMap();

    /// <summary>The Simplified form of <paramref name="c"/> when the table has one, otherwise <paramref name="c"/>.</summary>
    public static char Fold(char c)
    {
        if (c is < First or > Last) return c;
        var s = Map[c - First];
        return s == '\0' ? c : s;
    }

    /// <summary>
    /// <paramref name="text"/> with its Traditional characters folded. Returns the same instance when
    /// there is nothing to fold (almost every message of a mainland group), so the common case costs
    /// one scan and no allocation.
    /// </summary>
    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfFoldable(text);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++) span[i] = Fold(span[i]);
        });
    }

    /// <summary>The index of the first char the table folds, or -1.</summary>
    public static int IndexOfFoldable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= First and <= Last && Map[c - First] != '\0') return i;
        }
        return -1;
    }

    private static char[] BuildMap()
    {
        var map = new char[Last - First + 1];
        for (var i = 0; i + 1 < Pairs.Length; i += 2) map[Pairs[i] - First] = Pairs[i + 1];
        return map;
    }
}
