using System.Text;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Tests.Setup;

public class GroupImportCsvTests
{
    private const string Header = "id,name,tier,owner,assistants,memberCount,seededMembers,conversionMode,variant";

    private static GroupImport.Result Import(string csv) => GroupImport.FromCsv(new StringReader(csv));

    [Fact]
    public void Reads_every_column()
    {
        var result = Import($"{Header}\ncore-1,核心群 1,Core,王老师,小李|小张,480,托1|托2|托3,GroupBuy,B\n");

        Assert.Empty(result.Errors);
        var g = Assert.Single(result.Groups);
        Assert.Equal("core-1", g.Id);
        Assert.Equal("核心群 1", g.Name);
        Assert.Equal(GroupTier.Core, g.Tier);
        Assert.Equal("王老师", g.Owner);
        Assert.Equal(["小李", "小张"], g.Assistants);
        Assert.Equal(480, g.MemberCount);
        Assert.Equal(["托1", "托2", "托3"], g.SeededMembers);
        Assert.Equal(ConversionMode.GroupBuy, g.ConversionMode);
        Assert.Equal("B", g.Variant);
    }

    [Theory]
    [InlineData("鱼塘", GroupTier.Pond)]
    [InlineData("鱼塘群", GroupTier.Pond)]
    [InlineData("中转", GroupTier.Transit)]
    [InlineData("中转群", GroupTier.Transit)]
    [InlineData("核心", GroupTier.Core)]
    [InlineData("核心群", GroupTier.Core)]
    [InlineData("transit", GroupTier.Transit)]
    [InlineData("", GroupTier.Pond)]
    public void Tiers_in_chinese_or_english(string tier, GroupTier expected)
    {
        var result = Import($"id,name,tier\ng1,群,{tier}\n");
        Assert.Empty(result.Errors);
        Assert.Equal(expected, Assert.Single(result.Groups).Tier);
    }

    [Fact]
    public void Optional_columns_may_be_absent_and_header_case_and_spaces_do_not_matter()
    {
        var result = Import(" ID , Name \ng1,群一\n");
        Assert.Empty(result.Errors);
        var g = Assert.Single(result.Groups);
        Assert.Equal(GroupTier.Pond, g.Tier);
        Assert.Equal(ConversionMode.ChainSignup, g.ConversionMode);
        Assert.Equal(0, g.MemberCount);
        Assert.Empty(g.Assistants);
        Assert.Null(g.Owner);
    }

    [Fact]
    public void Good_rows_are_kept_and_bad_rows_are_reported_with_their_row_numbers()
    {
        var csv = $"""
            {Header}
            g1,群一,Core,,,10,,,
            bad id,群二,Core,,,10,,,
            g3,,Core,,,10,,,
            g4,群四,Platinum,,,10,,,
            g5,群五,Core,,,lots,,,
            g6,群六,Core,,,10,,Auction,
            g7,群七,中转,,,-5,,,
            g8,群八,核心,,,10,,,
            """;
        var result = Import(csv);

        Assert.Equal(["g1", "g8"], result.Groups.Select(g => g.Id));
        Assert.Equal(
            new (int, string?, string)[]
            {
                (2, "bad id", "id"),
                (3, "g3", "name"),
                (4, "g4", "tier"),
                (5, "g5", "memberCount"),
                (6, "g6", "conversionMode"),
                (7, "g7", "memberCount"),
            },
            result.Errors.Select(e => (e.Row, e.GroupId, e.Field)).ToArray());
        Assert.Contains("Platinum", result.Errors.Single(e => e.Row == 4).Message);
        Assert.Contains("lots", result.Errors.Single(e => e.Row == 5).Message);
    }

    [Fact]
    public void A_bad_id_row_still_names_the_row_and_keeps_the_id_text()
    {
        var result = Import("id,name\nbad id,群\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Row);
        Assert.Equal("bad id", error.GroupId);
    }

    [Fact]
    public void Numeric_text_is_not_taken_as_an_enum_value()
    {
        var result = Import("id,name,tier,conversionMode\ng1,群,2,1\n");
        Assert.Empty(result.Groups);
        Assert.Equal(["conversionMode", "tier"], result.Errors.Select(e => e.Field).Order());
    }

    [Fact]
    public void Empty_file_and_missing_id_column_are_header_errors()
    {
        var empty = Import("");
        Assert.Equal("header", Assert.Single(empty.Errors).Field);
        Assert.Equal(0, empty.Errors[0].Row);

        var noId = Import("name,tier\n群,Core\n");
        Assert.Empty(noId.Groups);
        Assert.Equal("header", Assert.Single(noId.Errors).Field);
        Assert.Contains("id", noId.Errors[0].Message);
    }

    [Fact]
    public void A_group_named_twice_keeps_the_last_row_and_reports_it()
    {
        var result = Import("id,name,memberCount\ng1,旧名,1\ng2,群二,2\ng1,新名,3\n");
        Assert.Equal(["g2", "g1"], result.Groups.Select(g => g.Id));
        Assert.Equal("新名", result.Groups.Single(g => g.Id == "g1").Name);
        var error = Assert.Single(result.Errors);
        Assert.Equal("g1", error.GroupId);
        Assert.Equal("id", error.Field);
    }

    [Fact]
    public void Quoted_cells_may_hold_commas_and_newlines()
    {
        var result = Import("id,name\ng1,\"群,一\"\ng2,\"第二\n群\"\n");
        Assert.Empty(result.Errors);
        Assert.Equal(["群,一", "第二\n群"], result.Groups.Select(g => g.Name));
    }

    [Fact]
    public void At_most_twenty_thousand_rows_are_read()
    {
        var sb = new StringBuilder("id,name\n");
        for (var i = 1; i <= GroupImport.MaxRows + 2; i++) sb.Append("g").Append(i).Append(",群\n");
        var result = Import(sb.ToString());

        Assert.Equal(GroupImport.MaxRows, result.Groups.Count);
        var error = Assert.Single(result.Errors);
        Assert.Equal(GroupImport.MaxRows + 1, error.Row);
        Assert.Equal("row", error.Field);
    }

    [Fact]
    public void The_kind_of_chat_is_read_in_English_or_Chinese_and_an_unknown_one_names_the_field()
    {
        var result = Import("id,name,kind\ng1,内部,WeComInternal\ng2,客户,客户群\ng3,个人,个人群\ng4,不填,\ng5,错,QQ群\n");

        Assert.Equal([GroupKind.WeComInternal, GroupKind.WeComCustomer, GroupKind.WeChatPersonal, GroupKind.Unspecified],
            result.Groups.Select(g => g.Kind));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("g5", "kind"), (error.GroupId, error.Field));
    }
}
