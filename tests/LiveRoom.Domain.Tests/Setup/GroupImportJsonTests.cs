using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Tests.Setup;

public class GroupImportJsonTests
{
    [Fact]
    public void Reads_an_array_of_groups_with_enum_names()
    {
        var result = GroupImport.FromJson("""
            [
              {"id":"g1","name":"鱼塘群 1","tier":"Pond","memberCount":300,"conversionMode":"Discount","assistants":["小李"],"variant":"A"},
              {"id":"g2","name":"核心群 2","tier":"core","seededMembers":["托1","托2"]}
            ]
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Groups.Count);
        Assert.Equal(ConversionMode.Discount, result.Groups[0].ConversionMode);
        Assert.Equal(300, result.Groups[0].MemberCount);
        Assert.Equal(["小李"], result.Groups[0].Assistants);
        Assert.Equal(GroupTier.Core, result.Groups[1].Tier);
        Assert.Equal(2, result.Groups[1].SeededMembers.Count);
    }

    [Fact]
    public void Bad_rows_are_reported_with_row_numbers_and_good_rows_kept()
    {
        var result = GroupImport.FromJson("""
            [
              {"id":"g1","name":"群一"},
              {"id":"g2","name":"群二","memberCount":"many"},
              {"id":"g3"},
              42,
              {"id":"g5","name":"群五","tier":"Gold"},
              {"id":"bad id","name":"群六"},
              {"id":"g7","name":"群七"}
            ]
            """);

        Assert.Equal(["g1", "g7"], result.Groups.Select(g => g.Id));
        var byRow = result.Errors.ToLookup(e => e.Row);
        Assert.Equal([2, 3, 4, 5, 6], byRow.Select(r => r.Key).Order());
        Assert.Equal("memberCount", byRow[2].Single().Field);
        Assert.Equal("g2", byRow[2].Single().GroupId);
        Assert.Equal("g3", byRow[3].Single().GroupId);
        Assert.Null(byRow[4].Single().GroupId);
        Assert.Equal("tier", byRow[5].Single().Field);
        Assert.Equal("g5", byRow[5].Single().GroupId);
        Assert.Equal("id", byRow[6].Single().Field);
    }

    [Fact]
    public void Not_json_or_not_an_array_is_one_error_at_row_zero()
    {
        var broken = GroupImport.FromJson("[{\"id\":");
        Assert.Equal((0, "$"), (Assert.Single(broken.Errors).Row, broken.Errors[0].Field));

        var obj = GroupImport.FromJson("""{"id":"g1","name":"群"}""");
        Assert.Equal((0, "$"), (Assert.Single(obj.Errors).Row, obj.Errors[0].Field));
        Assert.Empty(obj.Groups);
    }

    [Fact]
    public void Duplicate_ids_keep_the_last()
    {
        var result = GroupImport.FromJson("""[{"id":"g1","name":"旧"},{"id":"g1","name":"新"}]""");
        Assert.Equal("新", Assert.Single(result.Groups).Name);
        Assert.Equal("g1", Assert.Single(result.Errors).GroupId);
    }

    [Fact]
    public void At_most_twenty_thousand_rows_are_read()
    {
        var rows = string.Join(",", Enumerable.Range(1, GroupImport.MaxRows + 1).Select(i => $$"""{"id":"g{{i}}","name":"群"}"""));
        var result = GroupImport.FromJson($"[{rows}]");
        Assert.Equal(GroupImport.MaxRows, result.Groups.Count);
        Assert.Equal(GroupImport.MaxRows + 1, Assert.Single(result.Errors).Row);
    }
}
