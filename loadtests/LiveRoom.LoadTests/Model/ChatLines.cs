namespace LiveRoom.LoadTests.Model;

/// <summary>What members write in a launch's groups: ordinary chatter, questions and complaints.</summary>
public static class ChatLines
{
    public static readonly string[] Chatter =
    [
        "来了来了", "蹲一个", "今天几点开始？", "已经定好闹钟了", "上次买的很好用", "给我妈也带一盒", "群主辛苦了",
        "冲冲冲", "好期待", "收到", "[强][强]", "拼手速了", "我朋友也要", "昨天试了一下效果不错",
    ];

    public static readonly string[] Questions =
    [
        "还有货吗？", "什么时候发货？", "怎么下单啊？", "链接在哪里？", "可以开发票吗？", "孕妇能用吗？",
        "和上次的有什么区别？", "第二盒半价是自动的吗？", "包邮吗？", "能退吗？",
    ];

    public static readonly string[] Negatives =
    [
        "太贵了吧", "又是割韭菜", "上次买的过敏了，退款！", "客服一直不回", "发货太慢了，差评", "假货吧这是",
        "退群了，没意思", "广告太多了", "说好的赠品呢？骗人",
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] Given = ["小雨", "丽", "芳", "静", "敏", "婷", "雪", "红", "霞", "艳", "娟", "燕", "玲", "桂英", "秀英", "晓"];
    private static readonly string[] Suffixes = ["", "", "", "姐", "老师", "妈妈", "阿姨", "宝妈"];
    private static readonly string[] Flowers = ["", "", "", "", "🌸", "🌻", "🍀", "☀️"];

    /// <summary>A chat display name such as "🌸小雨", "李姐" or "王老师".</summary>
    public static string Name(Random random) =>
        Flowers[random.Next(Flowers.Length)] + Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)] + Suffixes[random.Next(Suffixes.Length)];
}
