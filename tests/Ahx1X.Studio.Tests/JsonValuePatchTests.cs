namespace Ahx1X.Studio.Tests;

public sealed class JsonValuePatchTests
{
    private const string Text = "{\n  \"a\": { \"b\": [1, {\"c\": \"x\\\"y\"}, 3], \"d\": true },\n  \"e\": \"汉字\"\n}\n";

    [Theory]
    [InlineData("$.a.b[0]", "7", "{\n  \"a\": { \"b\": [7, {\"c\": \"x\\\"y\"}, 3], \"d\": true },\n  \"e\": \"汉字\"\n}\n")]
    [InlineData("$.a.b[1].c", "\"z\"", "{\n  \"a\": { \"b\": [1, {\"c\": \"z\"}, 3], \"d\": true },\n  \"e\": \"汉字\"\n}\n")]
    [InlineData("$.a.b[2]", "4", "{\n  \"a\": { \"b\": [1, {\"c\": \"x\\\"y\"}, 4], \"d\": true },\n  \"e\": \"汉字\"\n}\n")]
    [InlineData("$.a.d", "false", "{\n  \"a\": { \"b\": [1, {\"c\": \"x\\\"y\"}, 3], \"d\": false },\n  \"e\": \"汉字\"\n}\n")]
    [InlineData("$.a.b", "[]", "{\n  \"a\": { \"b\": [], \"d\": true },\n  \"e\": \"汉字\"\n}\n")]
    [InlineData("$.e", "\"新\"", "{\n  \"a\": { \"b\": [1, {\"c\": \"x\\\"y\"}, 3], \"d\": true },\n  \"e\": \"新\"\n}\n")]
    public void Only_the_value_at_the_path_changes(string path, string json, string expected) =>
        Assert.Equal(expected, JsonValuePatch.Replace(Text, path, json));

    [Theory]
    [InlineData("$.a.x")]
    [InlineData("$.a.b[3]")]
    [InlineData("$.e.f")]
    public void A_path_the_file_does_not_have_gives_null(string path) =>
        Assert.Null(JsonValuePatch.Replace(Text, path, "1"));

    [Fact]
    public void Text_that_is_not_JSON_gives_null() =>
        Assert.Null(JsonValuePatch.Replace("{ \"a\": ", "$.a", "1"));

    [Theory]
    [InlineData("date", " 2025-03-20 ", "\"2025-03-20\"")]
    [InlineData("number", "0.65", "0.65")]
    [InlineData("number", "six", "\"six\"")]
    [InlineData("bool", "true", "true")]
    [InlineData("strings", "合肥、芜湖, 蚌埠", "[\"合肥\", \"芜湖\", \"蚌埠\"]")]
    [InlineData("numbers", "1, 2,3", "[1, 2, 3]")]
    [InlineData("string", "a \"quoted\" {unit}", "\"a \\\"quoted\\\" {unit}\"")]
    public void Typed_text_becomes_JSON_of_its_kind(string kind, string value, string json) =>
        Assert.Equal(json, new FieldChange("f.json", "$.x", kind, value).ToJson());
}
