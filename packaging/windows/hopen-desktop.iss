; Inno Setup script: installs the PyInstaller one-folder build for the current user
; (no administrator rights needed on a clinic laptop).
;   1. On Windows, in the checkout: py -3.11 -m venv .venv && .venv\Scripts\pip install -e . pyinstaller
;   2. .venv\Scripts\pyinstaller --noconfirm --clean --distpath build\dist --workpath build\work packaging\hopen_desktop.spec
;   3. "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\hopen-desktop.iss
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5B8E2D47-6C1A-4F0E-9C55-3A7E1D2B4C60}
AppName=HOP'EN Desktop
AppVersion={#AppVersion}
AppPublisher=HOP'EN Desktop
DefaultDirName={localappdata}\Programs\HOP'EN Desktop
DefaultGroupName=HOP'EN Desktop
PrivilegesRequired=lowest
OutputDir=..\..\build\installer
OutputBaseFilename=hopen-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\hopen-desktop.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "..\..\build\dist\hopen-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\HOP'EN Desktop"; Filename: "{app}\hopen-desktop.exe"
Name: "{userdesktop}\HOP'EN Desktop"; Filename: "{app}\hopen-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Créer une icône sur le bureau"; Flags: unchecked

[Run]
Filename: "{app}\hopen-desktop.exe"; Description: "Lancer HOP'EN Desktop"; Flags: nowait postinstall skipifsilent
