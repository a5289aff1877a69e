namespace AnalysisKit.Notebooks.Tests;

public sealed class NotebookParameterTests
{
    [Theory]
    [InlineData("cluster=S12345", "string", "\"S12345\"")]
    [InlineData("year=2024", "int", "2024")]
    [InlineData("rate=0.5", "double", "0.5")]
    [InlineData("big=1e10", "double", "10000000000.0")]
    [InlineData("flag=true", "bool", "true")]
    [InlineData("end=2024-03-31", "DateOnly", "new DateOnly(2024, 3, 31)")]
    [InlineData("code=\"42\"", "string", "\"42\"")]
    [InlineData("name=Fife \"North\"", "string", "\"Fife \\\"North\\\"\"")]
    [InlineData("empty=", "string", "\"\"")]
    public void Parse_TypesTheValueLikePapermill(string argument, string typeName, string literal)
    {
        var parameter = NotebookParameter.Parse(argument);
        Assert.Equal(typeName, parameter.TypeName);
        Assert.Equal(literal, parameter.Literal);
    }

    [Fact]
    public void Declarations_ShownAndExecuted_DeclareTheSameVariable()
    {
        var parameter = NotebookParameter.Parse("cluster=S12345");
        Assert.Equal("var cluster = \"S12345\";", parameter.DeclarationShown);
        Assert.Equal("var cluster = Parameter<string>(\"cluster\");", parameter.DeclarationExecuted);
    }

    [Fact]
    public void Parse_NoEquals_SaysNameValueIsExpected()
    {
        var ex = Assert.Throws<FormatException>(() => NotebookParameter.Parse("cluster"));
        Assert.Equal("Parameter 'cluster' is not name=value (e.g. -p cluster=S12345).", ex.Message);
    }

    [Theory]
    [InlineData("1st=x", "1st")]
    [InlineData("class=x", "class")]
    [InlineData("my-name=x", "my-name")]
    public void Parse_NameNotAnIdentifier_SaysWhy(string argument, string name)
    {
        var ex = Assert.Throws<FormatException>(() => NotebookParameter.Parse(argument));
        Assert.Equal($"Parameter '{argument}': '{name}' is not a valid C# variable name (letters, digits and _, not starting with a digit, not a keyword).", ex.Message);
    }
}
