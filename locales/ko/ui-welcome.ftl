# 데스크톱 앱의 환영 화면: 설정 없이 처음 시작할 때.

ui-welcome-title = Pipeline Guard에 오신 것을 환영합니다
ui-welcome-intro = Pipeline Guard는 서비스를 감시하고 문제를 감지해 복구합니다. 시작 방법을 선택하세요. 앱이 선택을 기억하여 다음부터는 바로 대시보드를 엽니다.
ui-welcome-choices = 어떻게 시작하시겠습니까?
ui-welcome-demo = 데모 랩 실행
ui-welcome-demo-detail = 리전마다 하나씩, 여섯 개의 작은 랩 서비스가 감시를 받으며 이 컴퓨터에서 실행됩니다. 대시보드에 곧바로 실시간 데이터가 표시됩니다.
ui-welcome-open = 설정 파일 열기
ui-welcome-open-detail = 파일 대화 상자에서 기존 Pipeline Guard 설정(YAML)을 선택합니다.
ui-welcome-create = 템플릿으로 설정 만들기
ui-welcome-create-detail = 이 컴퓨터를 감시하는 주석 달린 초기 설정을 { $path }에 기록하고(기존 파일은 유지됩니다) 시작합니다. 나중에 편집해 서비스를 추가하세요.
ui-welcome-starting = 시작하는 중…
ui-welcome-error-title = 이 설정으로는 시작할 수 없습니다
ui-welcome-error-file = 파일: { $file }
ui-welcome-error-hint = 파일을 고친 뒤 다시 선택하거나 다른 시작 방법을 고르세요.
