# Writes the byte-preservation fixtures (run from src/test/resources/edit).
import os
base='bytes'
cases={}
cases['bom-crlf-tabs.csproj']=b'\xef\xbb\xbf<Project Sdk="Microsoft.NET.Sdk">\r\n\t<ItemGroup>\r\n\t\t<PackageReference Include="Duende.IdentityServer" Version="6.0.0" />\r\n\t</ItemGroup>\r\n</Project>\r\n'
cases['windows-1252-single-quotes.csproj']=b"<?xml version='1.0' encoding='windows-1252'?>\n<!-- Caf\xe9 \xa9 Contoso \x80 -->\n<Project Sdk='Microsoft.NET.Sdk'>\n  <ItemGroup>\n    <PackageReference   Version='6.0.0'   Include='Duende.IdentityServer.EntityFramework'/>\n  </ItemGroup>\n</Project>\n"
cases['lone-cr-element-no-final-newline.csproj']=b'<Project Sdk="Microsoft.NET.Sdk">\r  <ItemGroup>\r    <PackageReference Include="Duende.IdentityServer">\r      <Version>6.0.0</Version>\r    </PackageReference>\r  </ItemGroup>\r</Project>'
cases['multiline-start-tag-comments.csproj']=b'<Project Sdk="Microsoft.NET.Sdk">\n  <!-- pinned: see 6.0.0 notes -->\n  <ItemGroup>\n    <PackageReference\n        Include = "Duende.IdentityServer.AspNetIdentity"\n        PrivateAssets="all"\n        Version\t=\t"6.0.0"\n    />\n    <PackageReference Include="Serilog" Version="2.10.0" />\n  </ItemGroup>\n</Project>\n'
cases['mixed-line-endings.props']=b'<Project>\r\n  <PropertyGroup>\n    <DuendeVersion>6.0.0</DuendeVersion>\r  </PropertyGroup>\n</Project>'
os.makedirs(base,exist_ok=True)
for name,data in cases.items():
    d=os.path.join(base,name.rsplit('.',1)[0])
    os.makedirs(d,exist_ok=True)
    ext=name.rsplit('.',1)[1]
    open(os.path.join(d,'before.'+ext),'wb').write(data)
    # the expected result: only the version of the Duende declaration changes; the comment's "6.0.0" in
    # multiline case must stay, so replace the last occurrence only when a comment mentions it
    if name.startswith('multiline'):
        i=data.rfind(b'6.0.0')
        exp=data[:i]+b'6.1.0'+data[i+5:]
    else:
        exp=data.replace(b'6.0.0',b'6.1.0')
    open(os.path.join(d,'after.'+ext),'wb').write(exp)
