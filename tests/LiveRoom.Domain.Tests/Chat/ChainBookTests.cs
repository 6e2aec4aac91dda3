using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Tests.Chat;

public class ChainBookTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static ChainPost Post(string title, params string[] entries) =>
        ChainParser.Parse("#接龙\n" + title + "\n例 张三 2盒\n" + string.Join("\n", entries.Select((e, i) => $"{i + 1}. {e}")))!;

    [Fact]
    public void Each_post_replaces_its_chain_and_the_delta_feeds_the_series()
    {
        var book = new ChainBook();
        var first = book.Apply("m1", T0, Post("冷敷凝胶", "李姐 1盒"));
        var second = book.Apply("m2", T0.AddMinutes(1), Post("冷敷凝胶", "李姐 1盒", "🌸小雨 2"));
        var third = book.Apply("m3", T0.AddMinutes(2), Post("冷敷凝胶", "李姐 1盒", "🌸小雨 2", "王老师 x3"));

        Assert.Equal((1, 1), (first.ChainDelta, first.SignupsDelta));
        Assert.Equal((1, 2), (second.SignupsDelta, second.Signups));
        Assert.Equal(3, third.Signups);
        Assert.Equal(UnixMinute.Of(T0.AddMinutes(2)), third.Minute);
        Assert.Equal(3, book.Signups);
        Assert.Equal(3, book.Latest!.Posts);
        Assert.Equal(T0.AddMinutes(2), book.LastGrowthAt);
    }

    [Fact]
    public void Edits_and_removals_between_posts_are_respected()
    {
        var book = new ChainBook();
        book.Apply("m1", T0, Post("冷敷凝胶", "李姐 1盒", "小雨 2", "王老师 x3"));
        // 小雨 removed her line, 李姐 changed her quantity, 阿May joined.
        var u = book.Apply("m2", T0.AddMinutes(1), Post("冷敷凝胶", "李姐 2盒", "王老师 x3", "阿May"));
        Assert.Equal(0, u.ChainDelta);
        Assert.Equal(["李姐", "王老师", "阿May"], book.Latest!.Entries.Select(e => e.Name));
        Assert.Equal(2, book.Latest.Entries[0].Quantity);

        var removal = book.Apply("m3", T0.AddMinutes(2), Post("冷敷凝胶", "李姐 2盒"));
        Assert.Equal((-2, -2, 1), (removal.ChainDelta, removal.SignupsDelta, removal.Signups));
        // A removal is not growth: the stall clock keeps the last real growth.
        Assert.Equal(T0, book.LastGrowthAt);
    }

    [Fact]
    public void A_replayed_message_changes_nothing()
    {
        var book = new ChainBook();
        book.Apply("m1", T0, Post("冷敷凝胶", "李姐"));
        book.Apply("m2", T0.AddMinutes(1), Post("冷敷凝胶", "李姐", "小雨"));
        var replay = book.Apply("m1", T0, Post("冷敷凝胶", "李姐"));
        Assert.Equal(ChainOutcome.Duplicate, replay.Outcome);
        Assert.False(replay.Changed);
        Assert.Equal(2, book.Signups);
    }

    [Fact]
    public void An_older_post_arriving_late_does_not_roll_the_chain_back()
    {
        var book = new ChainBook();
        book.Apply("m3", T0.AddMinutes(3), Post("冷敷凝胶", "李姐", "小雨", "王老师"));
        var late = book.Apply("m2", T0.AddMinutes(2), Post("冷敷凝胶", "李姐", "小雨"));
        Assert.Equal(ChainOutcome.Stale, late.Outcome);
        Assert.Equal(0, late.SignupsDelta);
        Assert.Equal(3, book.Signups);
        Assert.Equal("m3", book.Latest!.MessageId);
    }

    [Fact]
    public void Two_chains_in_one_group_are_told_apart_and_the_latest_counts()
    {
        var book = new ChainBook();
        book.Apply("a1", T0, Post("冷敷凝胶 第二盒半价", "李姐", "小雨", "王老师"));
        var b1 = book.Apply("b1", T0.AddMinutes(1), Post("面膜 买二送一", "老周"));
        Assert.Equal(2, book.ChainCount);
        Assert.Equal("面膜 买二送一", book.Latest!.Title);
        // The group count switches to the new chain; the series delta keeps the series equal to it.
        Assert.Equal((1, 1, -2), (b1.ChainDelta, b1.Signups, b1.SignupsDelta));

        // The first chain is posted again (decorated title): it is the same chain and the latest again.
        var a2 = book.Apply("a2", T0.AddMinutes(2), Post("冷敷凝胶第二盒半价🔥", "李姐", "小雨", "王老师", "阿May"));
        Assert.Equal(2, book.ChainCount);
        Assert.Equal((1, 4, 3), (a2.ChainDelta, a2.Signups, a2.SignupsDelta));
        Assert.Equal(4, book.Find("冷敷凝胶 第二盒半价")!.Signups);
        Assert.Equal(1, book.Find("面膜 买二送一")!.Signups);
    }

    [Fact]
    public void Sum_of_signup_deltas_always_equals_the_count_whatever_the_order()
    {
        var random = new Random(5);
        var posts = new List<(string Id, DateTimeOffset At, ChainPost Post)>();
        var names = new[] { "李姐", "小雨", "王老师", "阿May", "老周", "🌸花花" };
        for (var i = 0; i < 40; i++)
        {
            var title = random.Next(3) == 0 ? "面膜" : "冷敷凝胶";
            var entries = names.Take(random.Next(0, names.Length + 1)).ToArray();
            posts.Add(($"m{i}", T0.AddSeconds(i * 10), Post(title, entries)));
        }
        var shuffled = posts.Concat(posts.Take(10)).OrderBy(_ => random.Next()).ToList();
        var book = new ChainBook();
        var sum = 0;
        foreach (var (id, at, post) in shuffled) sum += book.Apply(id, at, post).SignupsDelta;
        Assert.Equal(book.Signups, sum);

        var inOrder = new ChainBook();
        foreach (var (id, at, post) in posts) inOrder.Apply(id, at, post);
        Assert.Equal(inOrder.Signups, book.Signups);
        Assert.Equal(inOrder.Latest!.MessageId, book.Latest!.MessageId);
    }

    [Fact]
    public void Memory_is_bounded()
    {
        var book = new ChainBook();
        for (var i = 0; i < 20; i++) book.Apply($"c{i}", T0.AddMinutes(i), Post($"团{i}", "李姐"));
        Assert.Equal(ChainBook.MaxChains, book.ChainCount);
        Assert.Equal("团19", book.Latest!.Title);
        Assert.Null(book.Find("团0"));
    }
}
