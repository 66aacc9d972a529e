<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name>AdditionalWorkConsentDialog</name>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="307" />
            <source>Additional work</source>
            <translation>추가정비</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="314" />
            <source>Declined</source>
            <translation>거절</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="315" />
            <source>Approved: bill it</source>
            <translation>승인: 청구에 추가</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="316" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="338" />
            <source>Not recorded</source>
            <translation>기록되지 않음</translation>
        </message>
    </context>
    <context>
        <name>AdditionalWorkTab</name>
        <message>
            <location filename="../../ui/estimates/desk.py" line="360" />
            <source>Billed only once the customer agrees; declined work is offered again next visit.</source>
            <translation>고객이 동의해야 청구됩니다. 거절된 작업은 다음 방문 때 다시 안내합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="371" />
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="372" />
            <source>Declined</source>
            <translation>거절</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="373" />
            <source>Approved: bill it</source>
            <translation>승인: 청구에 추가</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="395" />
            <source>Nothing waits for a customer's answer. The bay's proposals appear here; F5 reads again.</source>
            <translation>고객의 답을 기다리는 추가정비가 없습니다. 정비 베이의 제안이 여기에 나타납니다. F5를 누르면 다시 읽습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="422" />
            <source>{work} approved</source>
            <translation>{work} 승인</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="423" />
            <source>It is on job #{job}'s bill.</source>
            <translation>작업 #{job}의 청구서에 추가되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="428" />
            <source>{work} declined</source>
            <translation>{work} 거절</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="429" />
            <source>It is kept for the car's next visit.</source>
            <translation>차량의 다음 방문 때 다시 안내합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="435" />
            <source>Not recorded</source>
            <translation>기록되지 않음</translation>
        </message>
    </context>
    <context>
        <name>Age</name>
        <message>
            <location filename="../../ui/fmt.py" line="82" />
            <source>{m} min</source>
            <extracomment>Receipt status (reception context) -&gt; the board status with the same colour.</extracomment>
            <translation>{m}분</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="85" />
            <source>{h} h {m} min</source>
            <translation>{h}시간 {m}분</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="86" />
            <source>{d} d</source>
            <translation>{d}일</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="123" />
            <source>Pitlane cannot start</source>
            <translation>Pitlane을 시작할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="246" />
            <source>Pitlane could not read its settings.

{reason}

Correct the profile, then start Pitlane again.</source>
            <translation>Pitlane이 설정을 읽지 못했습니다.

{reason}

프로필을 고친 뒤 Pitlane을 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="249" />
            <source>the database of your profile</source>
            <translation>프로필에 설정된 데이터베이스</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="250" />
            <source>Pitlane could not open the shop's database ({where}).

{reason}

Check that the database server is running and reachable (or that the folder of the database file exists and is writable), then start Pitlane again. To try it without your data, start it with --demo.

Details are in {log}.</source>
            <translation>정비소 데이터베이스({where})를 열 수 없습니다.

{reason}

데이터베이스 서버가 켜져 있고 연결되는지(또는 데이터베이스 파일의 폴더가 있고 쓰기 가능한지) 확인한 뒤 Pitlane을 다시 시작하세요. 실제 데이터 없이 써 보려면 --demo 옵션으로 시작하세요.

자세한 내용: {log}</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="64" />
            <source>Audit trail: who did what, where and when</source>
            <translation>감사 기록: 누가, 어디서, 언제, 무엇을 했는지</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="67" />
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="69" />
            <source>Receipt no.</source>
            <translation>접수 번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="71" />
            <source>Invoice no.</source>
            <translation>청구서 번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="73" />
            <source>Car number</source>
            <translation>차량 번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="80" />
            <source>Show</source>
            <translation>조회</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="81" />
            <source>Export CSV…</source>
            <translation>CSV로 내보내기…</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="86" />
            <source>From</source>
            <translation>시작일</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="88" />
            <source>To</source>
            <translation>종료일</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="130" />
            <source>{n} events</source>
            <translation>이벤트 {n}건</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="132" />
            <source>No audit entries yet. Every command given on a terminal appears here, with who gave it.</source>
            <translation>아직 감사 기록이 없습니다. 단말기에서 내린 모든 명령이 누가 내렸는지와 함께 여기에 나타납니다.</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="135" />
            <source>No event matches the filter. Change the name, numbers or dates above and press Enter to show again.</source>
            <translation>필터에 맞는 이벤트가 없습니다. 위의 이름, 번호 또는 날짜를 바꾸고 Enter를 눌러 다시 보세요.</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="141" />
            <source>Export the audit trail</source>
            <translation>감사 기록 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="147" />
            <source>{n} events exported to {path}</source>
            <translation>이벤트 {n}건을 {path}에 내보냈습니다</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../ui/backup_dialog.py" line="170" />
            <source>Backup</source>
            <extracomment>None: it verified; else why not, in the terminal's language. Run before the shop is closed for a restore (the window stops its commands and feed).</extracomment>
            <translation>백업</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="175" />
            <source>A verified copy of the shop's database, taken while the terminals keep working. Automatic copies are also kept every day (7 days, then 4 weeks).</source>
            <translation>정비소 데이터베이스의 검증된 사본입니다. 다른 단말기는 그동안에도 계속 쓸 수 있습니다. 자동 사본도 매일 보관됩니다(7일, 그 뒤 4주).</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="208" />
            <source>Back up now</source>
            <translation>지금 백업</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="209" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="240" />
            <source>Copying…</source>
            <extracomment>Asks the restore question; a test answers it (True: restore).</extracomment>
            <translation>복사하는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="252" />
            <source>Backup written and verified: {path} ({size:,.1f} MB in {seconds:.1f} s).</source>
            <translation>백업을 쓰고 검증했습니다: {path} ({size:,.1f} MB, {seconds:.1f}초).</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="262" />
            <source>No backup was made: {why}</source>
            <translation>백업을 만들지 못했습니다: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="193" />
            <source>Restoring a backup replaces the shop's data on every terminal: the backup is verified first and the current data is kept aside as a backup. Close Pitlane on the other terminals first (or use pitlane-admin restore PATH).</source>
            <translation>백업을 복원하면 모든 단말기에서 가게 데이터가 바뀝니다. 백업을 먼저 검증하고, 지금 데이터는 백업으로 따로 보관합니다. 다른 단말기에서 먼저 Pitlane을 닫으세요(또는 pitlane-admin restore PATH를 쓰세요).</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="198" />
            <source>Only a manager may restore a backup (or use pitlane-admin restore PATH).</source>
            <translation>백업 복원은 관리자만 할 수 있습니다(또는 pitlane-admin restore PATH를 쓰세요).</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="204" />
            <source>Restore a backup…</source>
            <translation>백업 복원…</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="277" />
            <location filename="../../ui/backup_dialog.py" line="339" />
            <source>Restore a backup</source>
            <translation>백업 복원</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="279" />
            <source>Backups (*.db *.dump);;All files (*)</source>
            <translation>백업 (*.db *.dump);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="291" />
            <source>There is no backup file {path}.</source>
            <translation>백업 파일 {path}이(가) 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="296" />
            <source>Verifying…</source>
            <translation>검증하는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="300" />
            <source>Backup {path}, written {when}, {size:,.1f} MB.</source>
            <translation>백업 {path}, {when}에 씀, {size:,.1f} MB.</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="304" />
            <source>Not verified: {why}</source>
            <translation>검증되지 않음: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="309" />
            <source>Verified: schema {revision}, every guarantee holds.</source>
            <translation>검증됨: 스키마 {revision}, 모든 보장이 지켜집니다.</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="325" />
            <location filename="../../ui/backup_dialog.py" line="351" />
            <source>Nothing was restored.</source>
            <translation>아무것도 복원하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="331" />
            <source>Restore the backup of {when}? The shop's current data is kept aside as a backup first, then this backup replaces it. Pitlane closes the shop on this terminal and quits when it is done; every other terminal is told to stop Pitlane first.</source>
            <translation>{when}의 백업을 복원할까요? 가게의 지금 데이터는 먼저 백업으로 따로 보관되고, 그다음 이 백업으로 바뀝니다. Pitlane은 이 단말기에서 가게를 닫고, 끝나면 종료합니다. 다른 모든 단말기에는 먼저 Pitlane을 멈추라고 알립니다.</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="357" />
            <source>Closing the shop on this terminal, then restoring…</source>
            <translation>이 단말기에서 가게를 닫고 복원하는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="369" />
            <source>The data it replaced is kept at {path}.</source>
            <translation>바뀌기 전 데이터는 {path}에 보관했습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="374" />
            <source>Restored the backup {path} (schema {revision}).</source>
            <translation>백업 {path}을(를) 복원했습니다(스키마 {revision}).</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="379" />
            <source>Quit Pitlane and start it again on every terminal.</source>
            <translation>Pitlane을 종료하고 모든 단말기에서 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="387" />
            <source>Nothing was restored: {why}</source>
            <translation>아무것도 복원하지 않았습니다: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="389" />
            <source>The shop is closed on this terminal: quit Pitlane and start it again.</source>
            <translation>이 단말기에서 가게가 닫혔습니다. Pitlane을 종료하고 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="398" />
            <source>Quit Pitlane</source>
            <translation>Pitlane 종료</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="425" />
            <source>an unexpected error ({kind}); see the log</source>
            <translation>예상하지 못한 오류({kind}). 로그를 보세요</translation>
        </message>
    </context>
    <context>
        <name>Bill</name>
        <message>
            <location filename="../../ui/billing/lines.py" line="27" />
            <source>Labour</source>
            <translation>공임</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="28" />
            <source>Part</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="29" />
            <source>Discount</source>
            <translation>할인</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="38" />
            <source>Labour (the receipt's fare)</source>
            <translation>공임 (접수 시 공임)</translation>
        </message>
    </context>
    <context>
        <name>BillLinesPanel</name>
        <message>
            <location filename="../../ui/billing/lines.py" line="88" />
            <source>Bill lines</source>
            <translation>청구 내역</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="96" />
            <source>Labour: what was done</source>
            <translation>공임: 한 작업</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="99" />
            <source>Add labour</source>
            <translation>공임 추가</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="105" />
            <source>Discount: why</source>
            <translation>할인: 사유</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="110" />
            <source>Add discount</source>
            <translation>할인 추가</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="111" />
            <source>Remove line</source>
            <translation>줄 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="152" />
            <source>Subtotal {subtotal} · VAT {vat} · total {total}</source>
            <translation>공급가액 {subtotal} · 부가세 {vat} · 합계 {total}</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="173" />
            <source>Labour added</source>
            <translation>공임을 추가했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="184" />
            <source>Discount added</source>
            <translation>할인을 추가했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="191" />
            <source>Line removed</source>
            <translation>줄을 삭제했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="204" />
            <source>Not done</source>
            <translation>처리하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>Board</name>
        <message>
            <location filename="../../ui/models/board.py" line="306" />
            <source>Voided</source>
            <translation>무효</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="308" />
            <source>Paid</source>
            <translation>완납</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="309" />
            <source>Due {amount}</source>
            <translation>미수 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="280" />
            <source>Overdue {date}</source>
            <translation>지연 {date}</translation>
        </message>
    </context>
    <context>
        <name>BoardScreen</name>
        <message>
            <location filename="../../ui/screens/board.py" line="40" />
            <source>All receipts</source>
            <extracomment>Columns the wall leaves out: it shows car, mechanic, status and promise, big. (label, statuses, unpaid only)</extracomment>
            <translation>전체 접수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="41" />
            <source>In the shop now</source>
            <translation>현재 입고 차량</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="42" />
            <location filename="../../ui/screens/board.py" line="51" />
            <source>Requested</source>
            <translation>요청됨</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="43" />
            <source>Waiting to start</source>
            <translation>작업 대기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="44" />
            <location filename="../../ui/screens/board.py" line="53" />
            <source>In work</source>
            <translation>작업 중</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="45" />
            <source>Finished</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="46" />
            <location filename="../../ui/screens/board.py" line="54" />
            <source>Awaiting payment</source>
            <translation>결제 대기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="47" />
            <source>Rejected or cancelled</source>
            <translation>거절·취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="52" />
            <source>Waiting</source>
            <translation>대기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="152" />
            <source>Status board</source>
            <translation>정비 현황판</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="171" />
            <location filename="../../ui/screens/board.py" line="357" />
            <source>All mechanics</source>
            <translation>전체 정비사</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="373" />
            <source>No receipts match this filter. Choose All receipts above to see every one.</source>
            <translation>이 조건에 맞는 접수가 없습니다. 위에서 전체 접수를 고르면 모두 보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="376" />
            <source>No receipts yet. The desk registers a repair request on Reception ({key}).</source>
            <translation>아직 접수가 없습니다. 접수 화면({key})에서 수리 요청을 등록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="377" />
            <source>No receipts yet: they appear here as soon as the desk registers a repair request.</source>
            <translation>아직 접수가 없습니다. 데스크에서 수리 요청을 등록하면 바로 여기에 나타납니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="265" />
            <source>Page {page} of {pages}</source>
            <translation>{pages}쪽 중 {page}쪽</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="371" />
            <source>No car is in the shop now.</source>
            <translation>지금 정비 중인 차량이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>CannedJobs</name>
        <message>
            <location filename="../../ui/estimates/menu.py" line="47" />
            <source>Not enough in stock: {parts}</source>
            <translation>재고 부족: {parts}</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="245" />
            <source>{name} — labour {labour}, parts {parts}</source>
            <translation>{name} — 공임 {labour}, 부품 {parts}</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="259" />
            <source>Add a standard job</source>
            <translation>정비 메뉴 추가</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="260" />
            <source>Its labour goes on the bill and its parts are requested:</source>
            <translation>공임은 청구서에 추가되고 부품은 요청됩니다:</translation>
        </message>
    </context>
    <context>
        <name>CannedJobsDialog</name>
        <message>
            <location filename="../../ui/estimates/menu.py" line="107" />
            <source>Standard jobs (정비 메뉴)</source>
            <translation>정비 메뉴</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="116" />
            <location filename="../../ui/estimates/menu.py" line="185" />
            <source>New standard job</source>
            <translation>새 정비 메뉴</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="119" />
            <source>e.g. 엔진오일 세트 교환</source>
            <translation>예: 엔진오일 세트 교환</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="122" />
            <source>Name *</source>
            <translation>이름 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="123" />
            <source>Labour *</source>
            <translation>공임 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="124" />
            <source>Man-days *</source>
            <translation>공수 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="130" />
            <source>Add part</source>
            <translation>부품 추가</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="138" />
            <source>Remove part</source>
            <translation>부품 빼기</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="143" />
            <source>New</source>
            <translation>새로 만들기</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="144" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="145" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="197" />
            <source>Edit {name}</source>
            <translation>{name} 수정</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="235" />
            <source>{name} saved</source>
            <translation>{name} 저장됨</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="240" />
            <source>Not saved</source>
            <translation>저장되지 않음</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../ui/models/board.py" line="78" />
            <location filename="../../ui/models/tables.py" line="38" />
            <location filename="../../ui/users/audit_screen.py" line="40" />
            <source>Receipt</source>
            <extracomment>An overdue promise: white on a strong red, readable across the workshop (contrast 6.5:1), on light and dark. A promise the queue now plans to miss (not yet overdue): near-black on amber (contrast 9:1), unlike the red. Status filter choices: (label, job statuses, unpaid only). Empty statuses = all. Besides `statuses`, finished jobs whose invoice is still to pay (the car waits to be collected). (before_receipt_id or None, limit, filter) -&gt; rows newest first</extracomment>
            <translation>접수번호</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="47" />
            <location filename="../../ui/customers/models.py" line="102" />
            <location filename="../../ui/estimates/desk.py" line="65" />
            <location filename="../../ui/models/board.py" line="79" />
            <location filename="../../ui/models/tables.py" line="46" />
            <location filename="../../ui/models/tables.py" line="150" />
            <location filename="../../ui/models/tables.py" line="314" />
            <location filename="../../ui/till/models.py" line="65" />
            <source>Customer</source>
            <translation>고객</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="45" />
            <location filename="../../ui/estimates/desk.py" line="64" />
            <location filename="../../ui/estimates/desk.py" line="94" />
            <location filename="../../ui/models/board.py" line="80" />
            <location filename="../../ui/models/tables.py" line="45" />
            <location filename="../../ui/models/tables.py" line="142" />
            <location filename="../../ui/models/tables.py" line="315" />
            <location filename="../../ui/till/models.py" line="66" />
            <location filename="../../ui/users/audit_screen.py" line="42" />
            <source>Car number</source>
            <translation>차량번호</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="71" />
            <location filename="../../ui/models/board.py" line="81" />
            <location filename="../../ui/models/tables.py" line="47" />
            <location filename="../../ui/models/tables.py" line="74" />
            <location filename="../../ui/models/tables.py" line="286" />
            <source>Mechanic</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="73" />
            <location filename="../../ui/estimates/desk.py" line="70" />
            <location filename="../../ui/models/board.py" line="82" />
            <location filename="../../ui/models/tables.py" line="49" />
            <location filename="../../ui/models/tables.py" line="76" />
            <location filename="../../ui/models/tables.py" line="152" />
            <location filename="../../ui/models/tables.py" line="265" />
            <location filename="../../ui/users/users_screen.py" line="31" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="83" />
            <source>Age</source>
            <translation>경과</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="78" />
            <location filename="../../ui/estimates/desk.py" line="67" />
            <location filename="../../ui/models/board.py" line="84" />
            <location filename="../../ui/models/tables.py" line="316" />
            <location filename="../../ui/till/models.py" line="68" />
            <source>Total</source>
            <translation>합계</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="85" />
            <source>Paid</source>
            <translation>결제</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="99" />
            <location filename="../../ui/models/tables.py" line="41" />
            <location filename="../../ui/models/tables.py" line="253" />
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="54" />
            <location filename="../../ui/models/tables.py" line="80" />
            <source>Fare</source>
            <translation>공임</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="68" />
            <location filename="../../ui/estimates/desk.py" line="62" />
            <location filename="../../ui/estimates/desk.py" line="116" />
            <location filename="../../ui/models/tables.py" line="69" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="73" />
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="93" />
            <location filename="../../ui/models/tables.py" line="140" />
            <location filename="../../ui/models/tables.py" line="258" />
            <source>Job</source>
            <translation>작업</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="83" />
            <location filename="../../ui/models/tables.py" line="200" />
            <location filename="../../ui/models/tables.py" line="261" />
            <source>Code</source>
            <translation>코드</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="201" />
            <location filename="../../ui/users/users_screen.py" line="29" />
            <source>Name</source>
            <translation>품명</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="203" />
            <source>Price</source>
            <translation>단가</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="87" />
            <location filename="../../ui/models/tables.py" line="210" />
            <source>Stock</source>
            <translation>재고</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="220" />
            <source>Reorder at</source>
            <translation>주문 기준</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="84" />
            <location filename="../../ui/models/tables.py" line="262" />
            <source>Part</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="85" />
            <location filename="../../ui/models/tables.py" line="263" />
            <source>Qty</source>
            <translation>수량</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="270" />
            <source>Price / reason</source>
            <translation>금액 / 사유</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="285" />
            <source>No.</source>
            <translation>번호</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="288" />
            <source>Man-days left</source>
            <translation>남은 공수</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="295" />
            <source>Open jobs</source>
            <translation>진행 작업</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="83" />
            <location filename="../../ui/models/tables.py" line="313" />
            <location filename="../../ui/till/models.py" line="64" />
            <location filename="../../ui/users/audit_screen.py" line="41" />
            <source>Invoice</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="318" />
            <source>Balance</source>
            <translation>잔액</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="52" />
            <source>Day</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="53" />
            <source>Z report</source>
            <translation>Z 리포트</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="54" />
            <source>Closed at</source>
            <translation>마감 시각</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="55" />
            <location filename="../../ui/till/models.py" line="122" />
            <source>By</source>
            <translation>마감자</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="71" />
            <source>To settle</source>
            <translation>정산할 금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="79" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="105" />
            <location filename="../../ui/users/audit_screen.py" line="35" />
            <source>When</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="107" />
            <source>What</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="114" />
            <location filename="../../ui/till/models.py" line="136" />
            <source>Method</source>
            <translation>수단</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="55" />
            <location filename="../../ui/estimates/desk.py" line="96" />
            <location filename="../../ui/estimates/desk.py" line="123" />
            <location filename="../../ui/till/models.py" line="116" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="141" />
            <source>Payments</source>
            <translation>결제</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="147" />
            <source>Refunds</source>
            <translation>환불</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="153" />
            <source>Net</source>
            <translation>순액</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="36" />
            <source>Who</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="37" />
            <location filename="../../ui/users/users_screen.py" line="30" />
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="38" />
            <source>Terminal</source>
            <translation>단말기</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="39" />
            <source>Event</source>
            <translation>이벤트</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="52" />
            <source>Kind</source>
            <translation>구분</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="53" />
            <source>Description</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="60" />
            <source>Added by</source>
            <translation>입력자</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="86" />
            <location filename="../../ui/models/tables.py" line="55" />
            <location filename="../../ui/models/tables.py" line="157" />
            <source>Promised</source>
            <translation>약속일</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="165" />
            <source>Starts</source>
            <translation>시작 예정</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="300" />
            <source>Next free day</source>
            <translation>다음 빈 날</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="46" />
            <source>Model</source>
            <translation>차명</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="48" />
            <location filename="../../ui/customers/models.py" line="103" />
            <source>Phone</source>
            <translation>전화번호</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="50" />
            <source>Last visit</source>
            <translation>최근 방문</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="69" />
            <source>Mileage</source>
            <translation>주행거리</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="70" />
            <source>Work done</source>
            <translation>정비 내용</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="227" />
            <source>Origin</source>
            <translation>구분</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="60" />
            <source>Estimate</source>
            <translation>견적</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="66" />
            <location filename="../../ui/estimates/desk.py" line="95" />
            <location filename="../../ui/estimates/desk.py" line="121" />
            <source>Work</source>
            <translation>작업</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="68" />
            <source>Valid until</source>
            <translation>유효기간</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="97" />
            <source>Proposed by</source>
            <translation>제안자</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="120" />
            <source>From</source>
            <translation>출처</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="125" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="54" />
            <source>Standard job</source>
            <translation>표준 작업</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="56" />
            <source>Labour</source>
            <translation>공임</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="58" />
            <source>Man-days</source>
            <translation>공수</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="60" />
            <source>Parts</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/menu.py" line="66" />
            <source>Parts total</source>
            <translation>부품 합계</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="101" />
            <source>Record</source>
            <translation>관리번호</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="104" />
            <source>Cars</source>
            <translation>차량</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../../ui/billing/correction.py" line="57" />
            <source>Reissue invoice {no}</source>
            <translation>청구서 {no} 재발행</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="63" />
            <source>A credit note cancels invoice {no} and a new invoice is issued for the same job with the lines below; the parts carry over. What was paid counts on the new invoice.</source>
            <translation>매출 취소 명세서로 청구서 {no}을(를) 취소하고, 같은 작업에 대해 아래 항목으로 새 청구서를 발행합니다. 부품 항목은 그대로 옮겨집니다. 이미 받은 금액은 새 청구서에 반영됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="73" />
            <source>Kind</source>
            <translation>구분</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="74" />
            <source>Description</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="75" />
            <source>Amount (won)</source>
            <translation>금액 (원)</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="93" />
            <source>Add labour</source>
            <translation>공임 추가</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="94" />
            <source>Add discount</source>
            <translation>할인 추가</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="95" />
            <source>Remove line</source>
            <translation>항목 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="100" />
            <source>Why is it reissued? (printed on the credit note)</source>
            <translation>재발행 사유 (취소 명세서에 인쇄됩니다)</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="107" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="108" />
            <source>Reissue (재발행)</source>
            <translation>재발행</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="178" />
            <source>Labour</source>
            <translation>공임</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="178" />
            <source>Discount</source>
            <translation>할인</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="72" />
            <source>No.</source>
            <translation>번호</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="76" />
            <source>Percent (%)</source>
            <translation>할인율 (%)</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="77" />
            <source>On line</source>
            <translation>적용 항목</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="168" />
            <source>Parts carry over as they are.</source>
            <translation>부품 항목은 그대로 옮겨집니다.</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="178" />
            <source>Part</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="232" />
            <source>Whole bill</source>
            <translation>청구 전체</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="250" />
            <source>Parts carry over as they are; they cannot be removed here.</source>
            <translation>부품 항목은 그대로 옮겨지므로 여기서 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="257" />
            <source>A discount is on line {no}: remove the discount or put it on another line first.</source>
            <translation>{no}번 항목에 할인이 적용되어 있습니다. 먼저 그 할인을 삭제하거나 다른 항목으로 옮기세요.</translation>
        </message>
    </context>
    <context>
        <name>CustomerForm</name>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="137" />
            <source>Save customer</source>
            <translation>고객 저장</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="139" />
            <source>e.g. 홍길동</source>
            <translation>예: 홍길동</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="142" />
            <source>Anything the desk should know; never a resident registration number</source>
            <translation>접수에서 알아야 할 내용 (주민등록번호는 적지 마세요)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="145" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="146" />
            <source>Phone</source>
            <translation>전화번호</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="147" />
            <source>Note</source>
            <translation>메모</translation>
        </message>
    </context>
    <context>
        <name>DayCloseTab</name>
        <message>
            <location filename="../../ui/till/dayclose.py" line="81" />
            <source>Day close</source>
            <translation>일 마감</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="82" />
            <source>Money taken by method, documents issued, what is still owed. A closed day takes no money.</source>
            <translation>결제 수단별 수납액, 발행 문서, 미수금입니다. 마감한 날에는 결제를 받을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="91" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="109" />
            <source>Invoices issued</source>
            <translation>발행 청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="110" />
            <source>Credit notes</source>
            <translation>취소 전표</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="111" />
            <source>Net sales</source>
            <translation>순매출</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="112" />
            <source>Still owed</source>
            <translation>미수금</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="120" />
            <source>Close the day…</source>
            <translation>일 마감…</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="122" />
            <source>Closed days</source>
            <translation>마감한 날</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="132" />
            <source>Z report</source>
            <translation>Z 리포트</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="134" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="135" />
            <source>Open folder</source>
            <translation>폴더 열기</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="185" />
            <source>No day is closed yet. At the end of the day: Close the day… (Ctrl+Shift+D, then Enter).</source>
            <translation>아직 마감한 날이 없습니다. 하루가 끝나면: 일 마감… (Ctrl+Shift+D, 그다음 Enter).</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="188" />
            <source>Closed · {z}</source>
            <translation>마감됨 · {z}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="191" />
            <source>Closed {when} by {who}. Nothing can be paid, refunded or voided into this day.</source>
            <translation>{when} {who} 마감. 이 날짜로는 결제, 환불, 무효 처리를 할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="199" />
            <source>Open</source>
            <translation>미마감</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="201" />
            <source>Figures so far; they are fixed when the day is closed.</source>
            <translation>지금까지의 금액이며, 마감할 때 확정됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="203" />
            <source>The Z report is made when the day is closed.</source>
            <translation>Z 리포트는 마감할 때 만들어집니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="220" />
            <source>Preparing the Z report {z}…</source>
            <translation>Z 리포트 {z} 준비 중…</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="227" />
            <source>No PDF to show.</source>
            <translation>보여줄 PDF가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="228" />
            <source>The Z report PDF is not there</source>
            <translation>Z 리포트 PDF가 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="238" />
            <source>Close {day}?</source>
            <translation>{day}을(를) 마감할까요?</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="240" />
            <source>Payments {pay}, refunds {back}, net {net}; {n} invoice(s), {c} credit note(s).

After the close no payment, refund or credit note can be recorded into {day}. Close it?</source>
            <translation>결제 {pay}, 환불 {back}, 순액 {net}; 청구서 {n}건, 취소 전표 {c}건.

마감 후에는 {day}에 결제, 환불, 취소 전표를 기록할 수 없습니다. 마감할까요?</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="268" />
            <source>{day} is closed: Z report {z}</source>
            <translation>{day} 마감 완료: Z 리포트 {z}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="269" />
            <source>Print it for the day's records.</source>
            <translation>일일 기록용으로 인쇄하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="274" />
            <source>The day was not closed</source>
            <translation>마감하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="290" />
            <source>Not printed</source>
            <translation>인쇄하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="295" />
            <location filename="../../ui/till/dayclose.py" line="306" />
            <source>{z} was not printed</source>
            <translation>{z}을(를) 인쇄하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="308" />
            <source>{z} sent to the printer</source>
            <translation>{z}을(를) 프린터로 보냈습니다</translation>
        </message>
    </context>
    <context>
        <name>EditRecordDialog</name>
        <message>
            <location filename="../../ui/customers/edit.py" line="23" />
            <source>Correct {car}</source>
            <translation>{car} 정보 고치기</translation>
        </message>
        <message>
            <location filename="../../ui/customers/edit.py" line="25" />
            <source>Every change is recorded with who made it and when.</source>
            <translation>모든 변경은 누가 언제 했는지와 함께 기록됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/edit.py" line="31" />
            <source>Model</source>
            <translation>차명</translation>
        </message>
        <message>
            <location filename="../../ui/customers/edit.py" line="32" />
            <source>Car id (VIN)</source>
            <translation>차대번호(VIN)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/edit.py" line="34" />
            <source>Customer</source>
            <translation>고객</translation>
        </message>
        <message>
            <location filename="../../ui/customers/edit.py" line="35" />
            <source>Phone</source>
            <translation>전화번호</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/errors.py" line="83" />
            <source>This could not be done because of an unexpected problem. The details are in {log}.</source>
            <translation>예상하지 못한 문제로 처리하지 못했습니다. 자세한 내용은 {log}에 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="109" />
            <source>Pitlane — unexpected problem</source>
            <translation>Pitlane — 예상하지 못한 문제</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="110" />
            <source>Something went wrong that Pitlane did not expect.</source>
            <translation>Pitlane이 예상하지 못한 문제가 생겼습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="112" />
            <source>What you just did may not have been saved: check the screen (for example the status board) and do it again if it is missing.

If this keeps happening, restart Pitlane and send this file to whoever supports your shop's computers:
{log}</source>
            <translation>방금 한 작업이 저장되지 않았을 수 있습니다. 화면(예: 현황판)에서 확인하고, 빠져 있으면 다시 해 주세요.

계속 이런 일이 생기면 Pitlane을 다시 시작하고, 이 파일을 정비소 컴퓨터 관리 담당자에게 보내 주세요:
{log}</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="120" />
            <source>Open log folder</source>
            <translation>로그 폴더 열기</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="122" />
            <source>Copy file path</source>
            <translation>파일 경로 복사</translation>
        </message>
    </context>
    <context>
        <name>EstimateDialog</name>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="136" />
            <source>Estimate</source>
            <translation>견적</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="141" />
            <source>e.g. 12가3456</source>
            <translation>예: 12가3456</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="148" />
            <source>e.g. 브레이크 패드 교환</source>
            <translation>예: 브레이크 패드 교환</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="150" />
            <source>Customer *</source>
            <translation>고객 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="151" />
            <source>Car number *</source>
            <translation>차량 번호 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="152" />
            <source>Phone</source>
            <translation>전화</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="153" />
            <source>Mechanic *</source>
            <translation>정비사 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="154" />
            <source>Man-days *</source>
            <translation>공수 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="155" />
            <source>Labour *</source>
            <translation>공임 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="156" />
            <source>Work</source>
            <translation>정비 내용</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="157" />
            <source>Valid for (days)</source>
            <translation>유효기간(일)</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="173" />
            <source>Why not (optional)</source>
            <translation>거절 이유 (선택)</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="177" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="178" />
            <location filename="../../ui/estimates/dialog.py" line="287" />
            <source>Declined</source>
            <translation>거절</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="179" />
            <source>Approved: request the repair</source>
            <translation>승인: 정비 접수</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="180" />
            <source>Draft estimate</source>
            <translation>견적서 작성</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="245" />
            <source>Estimate {no}: {total} (VAT included), valid until {until}</source>
            <translation>견적 {no}: {total} (부가세 포함), {until}까지 유효</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="250" />
            <source>Estimate drafted</source>
            <translation>견적서 작성됨</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="250" />
            <source>Ask the customer, then record the answer.</source>
            <translation>고객에게 확인한 뒤 답을 기록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="265" />
            <source>Not accepted</source>
            <translation>접수되지 않음</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="270" />
            <source>Repair requested</source>
            <translation>정비 접수됨</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="270" />
            <source>Receipt {id}</source>
            <translation>접수 {id}</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="287" />
            <source>The work is kept for the car's next visit.</source>
            <translation>이 작업은 차량의 다음 방문 때 다시 안내합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="291" />
            <source>Not drafted</source>
            <translation>작성되지 않음</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="295" />
            <source>Not recorded</source>
            <translation>기록되지 않음</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="161" />
            <source>Standard jobs</source>
            <translation>정비 메뉴</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="162" />
            <source>No parts quoted.</source>
            <translation>견적에 넣은 부품 없음.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="163" />
            <source>Parts</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="202" />
            <source>No standard jobs on the menu yet.</source>
            <translation>정비 메뉴에 아직 작업이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Estimates</name>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="46" />
            <source>In person</source>
            <extracomment>How the customer agreed, in the order the desk meets them.</extracomment>
            <translation>방문</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="47" />
            <source>By phone</source>
            <translation>전화</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="48" />
            <source>By message</source>
            <translation>메시지</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="47" />
            <source>Open</source>
            <extracomment>Events that change the list of estimates (another terminal drafted, approved, declined; a refused request). What changes the additional-work tab: a proposal from the bay, an answer given at another desk. How often the additional-work tab reads the bay's proposals again while it is shown. The list's filter: (status, label), "" every estimate.</extracomment>
            <translation>답변 대기</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="48" />
            <source>Approved</source>
            <translation>승인</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="49" />
            <source>Declined</source>
            <translation>거절</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="50" />
            <source>All</source>
            <translation>전체</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="135" />
            <source>{no} · {car} · {customer} · {mechanic}, {days} man-day(s)</source>
            <translation>{no} · {car} · {customer} · {mechanic}, 공수 {days}일</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="146" />
            <source>(not enough in stock)</source>
            <translation>(재고 부족)</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="150" />
            <source>Total {total} (VAT {vat} included), valid until {until}</source>
            <translation>합계 {total} (부가세 {vat} 포함), {until}까지 유효</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="156" />
            <source>Approved ({how}) by {by}, {at}: receipt #{receipt}</source>
            <translation>승인 ({how}), 받은 사람 {by}, {at}: 접수 #{receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="167" />
            <source>Note: {why}</source>
            <translation>참고: {why}</translation>
        </message>
    </context>
    <context>
        <name>EstimatesTab</name>
        <message>
            <location filename="../../ui/estimates/desk.py" line="188" />
            <source>Car number, customer or estimate number  (Ctrl+F)</source>
            <translation>차량번호, 고객 또는 견적번호  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="190" />
            <source>New estimate…  (Ctrl+N)</source>
            <translation>새 견적…  (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="200" />
            <location filename="../../ui/estimates/desk.py" line="265" />
            <source>Select an estimate to see its lines.</source>
            <translation>견적을 고르면 항목이 보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="206" />
            <source>Why not (optional)</source>
            <translation>거절 이유 (선택)</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="207" />
            <source>Print estimate (견적서)…</source>
            <translation>견적서 인쇄…</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="208" />
            <source>Declined</source>
            <translation>거절</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="209" />
            <source>Approved: request the repair</source>
            <translation>승인: 정비 접수</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="244" />
            <source>No estimate matches. Search for another car or customer (Ctrl+F).</source>
            <translation>맞는 견적이 없습니다. 다른 차량이나 고객으로 검색하세요 (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="246" />
            <source>No open estimates. Draft one: New estimate… (Ctrl+N).</source>
            <translation>진행 중인 견적이 없습니다. 새 견적… (Ctrl+N)으로 작성하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="287" />
            <source>Not accepted</source>
            <translation>접수되지 않음</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="291" />
            <source>Repair requested</source>
            <translation>정비 접수됨</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="292" />
            <source>Estimate {no}: receipt #{receipt}</source>
            <translation>견적서 {no}: 접수 #{receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="311" />
            <source>Estimate {no} declined</source>
            <translation>견적서 {no} 거절</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="312" />
            <source>The work is kept for the car's next visit.</source>
            <translation>이 작업은 차량의 다음 방문 때 다시 안내합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="322" />
            <source>Not recorded</source>
            <translation>기록되지 않음</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="336" />
            <source>Estimate written</source>
            <translation>견적서를 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="342" />
            <location filename="../../ui/estimates/desk.py" line="348" />
            <source>Not printed</source>
            <translation>인쇄하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="344" />
            <source>Estimate sent to the printer</source>
            <translation>견적서를 프린터로 보냈습니다</translation>
        </message>
    </context>
    <context>
        <name>EstimatesWindow</name>
        <message>
            <location filename="../../ui/estimates/desk.py" line="485" />
            <source>Estimates and consent</source>
            <translation>견적·동의</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="492" />
            <source>Estimates</source>
            <translation>견적</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="493" />
            <source>Additional work</source>
            <translation>추가정비</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="494" />
            <source>Recommendations</source>
            <translation>추천 정비</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="496" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <location filename="../../ui/event_names.py" line="18" />
            <source>Repair requested</source>
            <translation>정비 접수</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="19" />
            <source>Request cancelled or rejected</source>
            <translation>접수 취소·거절</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="20" />
            <source>Invoice issued</source>
            <translation>청구서 발행</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="21" />
            <source>Payment recorded</source>
            <translation>결제 기록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="22" />
            <source>Invoice voided</source>
            <translation>청구서 취소</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="23" />
            <source>Refund recorded</source>
            <translation>환불 기록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="24" />
            <source>Day closed</source>
            <translation>일 마감</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="26" />
            <source>Labour added</source>
            <translation>공임 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="27" />
            <source>Part added to the bill</source>
            <translation>청구 부품 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="28" />
            <source>Discount added</source>
            <translation>할인 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="29" />
            <source>Bill line removed</source>
            <translation>청구 항목 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="30" />
            <source>Payment taken</source>
            <translation>결제 받음</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="31" />
            <source>Invoice reissued</source>
            <translation>청구서 재발행</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="32" />
            <source>Cash receipt recorded</source>
            <translation>현금영수증 기록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="33" />
            <source>Tax invoice requested</source>
            <translation>세금계산서 요청</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="35" />
            <source>Mechanic registered</source>
            <translation>정비사 등록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="36" />
            <source>Man-days reserved</source>
            <translation>공수 예약</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="37" />
            <source>Too few man-days</source>
            <translation>공수 부족</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="38" />
            <source>Man-days given back</source>
            <translation>공수 반환</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="39" />
            <source>Man-days changed</source>
            <translation>공수 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="40" />
            <source>Job moved to another mechanic</source>
            <translation>작업 담당 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="41" />
            <source>Promised dates moved</source>
            <translation>약속일 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="42" />
            <source>Working days changed</source>
            <translation>근무 요일 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="43" />
            <source>Day off added</source>
            <translation>휴무일 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="44" />
            <source>Day off removed</source>
            <translation>휴무일 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="45" />
            <source>Shop closure added</source>
            <translation>휴업일 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="46" />
            <source>Shop closure removed</source>
            <translation>휴업일 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="48" />
            <source>Job created</source>
            <translation>작업 생성</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="49" />
            <source>Job started</source>
            <translation>작업 시작</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="50" />
            <source>Part requested</source>
            <translation>부품 요청</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="52" />
            <source>Job finished</source>
            <translation>작업 완료</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="53" />
            <source>Job cancelled</source>
            <translation>작업 취소</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="55" />
            <source>Part registered</source>
            <translation>부품 등록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="56" />
            <source>Part provided to a job</source>
            <translation>부품 제공</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="57" />
            <source>Part request cancelled</source>
            <translation>부품 요청 취소</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="58" />
            <source>Stock received</source>
            <translation>입고</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="59" />
            <source>Stock taken off</source>
            <translation>재고 조정</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="60" />
            <source>Part price changed</source>
            <translation>부품 가격 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="62" />
            <source>Customer registered</source>
            <translation>고객 등록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="63" />
            <source>Customer corrected</source>
            <translation>고객 정보 수정</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="64" />
            <source>Customers merged</source>
            <translation>고객 병합</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="65" />
            <source>Customer erased</source>
            <translation>고객 정보 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="66" />
            <source>Consent recorded</source>
            <translation>연락 동의 기록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="67" />
            <source>Vehicle registered</source>
            <translation>차량 등록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="68" />
            <source>Vehicle corrected</source>
            <translation>차량 정보 수정</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="69" />
            <source>Vehicles merged</source>
            <translation>차량 병합</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="70" />
            <source>Owner changed</source>
            <translation>소유자 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="71" />
            <source>Car number changed</source>
            <translation>차량번호 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="72" />
            <source>Mileage recorded</source>
            <translation>주행거리 기록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="78" />
            <source>Additional work proposed</source>
            <translation>추가정비 제안</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="79" />
            <source>Additional work answered by the customer</source>
            <translation>추가정비 동의 여부 기록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="80" />
            <source>Menu job added</source>
            <translation>정비 메뉴 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="81" />
            <source>Menu job changed</source>
            <translation>정비 메뉴 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="83" />
            <source>User added</source>
            <translation>사용자 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="84" />
            <source>PIN changed</source>
            <translation>비밀번호 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="85" />
            <source>User disabled</source>
            <translation>사용자 사용 중지</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="86" />
            <source>User locked out</source>
            <translation>사용자 잠김</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="87" />
            <source>Signed in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="88" />
            <source>Signed out</source>
            <translation>로그아웃</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="74" />
            <source>Estimate drafted</source>
            <translation>견적 작성</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="75" />
            <source>Estimate approved</source>
            <translation>견적 승인</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="76" />
            <source>Estimate reopened</source>
            <translation>견적 다시 열림</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="77" />
            <source>Estimate declined</source>
            <translation>견적 거절</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="51" />
            <source>Part returned</source>
            <translation>부품 반납</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="90" />
            <source>Shop details changed</source>
            <translation>정비소 정보 변경</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../ui/setup/wizard.py" line="354" />
            <source>Set up Pitlane</source>
            <translation>Pitlane 설정</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="370" />
            <source>Next  (Enter)</source>
            <translation>다음  (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="371" />
            <source>Back</source>
            <translation>이전</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="372" />
            <source>Finish  (Enter)</source>
            <translation>완료  (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="373" />
            <source>Cancel  (Esc)</source>
            <translation>취소  (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="404" />
            <source>Setting up the shop…</source>
            <translation>정비소를 설정하는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="444" />
            <source>The settings file could not be written ({reason}).</source>
            <translation>설정 파일을 저장하지 못했습니다 ({reason}).</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="448" />
            <source>Something went wrong; see the log.</source>
            <translation>문제가 생겼습니다. 로그를 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="449" />
            <source>Not finished</source>
            <translation>설정이 끝나지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="449" />
            <source>Press Finish to try again.</source>
            <translation>완료를 눌러 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>InvoicesTab</name>
        <message>
            <location filename="../../ui/till/invoices.py" line="146" />
            <source>Invoices</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="146" />
            <source>What customers owe, and money to give back.</source>
            <translation>받을 돈과 돌려줄 돈입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="150" />
            <source>Invoice, car number or customer</source>
            <translation>청구서 번호, 차량번호 또는 고객</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="164" />
            <source>No invoice selected</source>
            <translation>선택한 청구서 없음</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="176" />
            <source>Take payment</source>
            <translation>결제 받기</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="177" />
            <source>Void…</source>
            <translation>무효 처리…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="178" />
            <source>Refund…</source>
            <translation>환불…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="187" />
            <source>Invoice</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="188" />
            <source>Credit note</source>
            <translation>취소 전표</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="192" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="193" />
            <source>Open folder</source>
            <translation>폴더 열기</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="259" />
            <source>No invoice matches the search. Search for another number, car or customer (Ctrl+F).</source>
            <translation>검색에 맞는 청구서가 없습니다. 다른 번호, 차량 또는 고객으로 검색하세요 (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="262" />
            <source>No balance is open. An invoice appears here when a mechanic finishes a job; find any other with the search (Ctrl+F).</source>
            <translation>미수금이 없습니다. 정비사가 작업을 완료하면 청구서가 여기에 나타납니다. 다른 청구서는 검색으로 찾으세요 (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="266" />
            <source>No refund is due. Find an invoice with the search (Ctrl+F).</source>
            <translation>환불할 금액이 없습니다. 청구서는 검색으로 찾으세요 (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="267" />
            <source>No invoices yet. One is issued when a mechanic finishes a job (Finish job, F8 at the bay).</source>
            <translation>아직 청구서가 없습니다. 정비사가 작업을 완료하면 발행됩니다 (정비 베이에서 작업 완료, F8).</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="281" />
            <source>No such invoice</source>
            <translation>청구서를 찾을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="288" />
            <source>Invoice {no}</source>
            <translation>청구서 {no}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="301" />
            <source>credit note {no}</source>
            <translation>취소 전표 {no}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="307" />
            <source>Total {amount}</source>
            <translation>합계 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="308" />
            <source>paid {amount}</source>
            <translation>받은 금액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="311" />
            <source>refunded {amount}</source>
            <translation>환불 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="313" />
            <source>to give back {amount}</source>
            <translation>돌려줄 금액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="315" />
            <source>balance {amount}</source>
            <translation>잔액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="346" />
            <source>Preparing the PDF of {no}…</source>
            <translation>{no} PDF 준비 중…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="353" />
            <source>No PDF to show.</source>
            <translation>보여줄 PDF가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="354" />
            <source>The PDF of {no} is not there</source>
            <translation>{no}의 PDF가 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="398" />
            <source>Payment not taken</source>
            <translation>결제를 받지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="405" />
            <source>Paid in full.</source>
            <translation>완납되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="405" />
            <source>Still owed: {amount}.</source>
            <translation>남은 금액: {amount}.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="408" />
            <source>Give back {amount} change. </source>
            <translation>거스름돈 {amount}을(를) 드리세요. </translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="410" />
            <source>Payment taken on {no}: {parts}</source>
            <translation>{no} 결제 완료: {parts}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="457" />
            <source>Not voided</source>
            <translation>무효 처리하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="462" />
            <source>Refund {amount} to the customer and record it with Refund.</source>
            <translation>고객에게 {amount}을(를) 돌려주고 환불로 기록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="467" />
            <source>Invoice {no} voided by credit note {cn}</source>
            <translation>청구서 {no}을(를) 취소 전표 {cn}(으)로 무효 처리했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="509" />
            <source>Refund not recorded</source>
            <translation>환불을 기록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="515" />
            <source>Refund recorded on {no}</source>
            <translation>{no} 환불 기록 완료</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="516" />
            <source>{amount} given back by {method}.</source>
            <translation>{method}(으)로 {amount} 환불.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="576" />
            <source>{no} sent to the printer</source>
            <translation>{no}을(를) 프린터로 보냈습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="577" />
            <source>{n} page(s), identical to the issued PDF.</source>
            <translation>{n}쪽, 발행된 PDF와 같습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="582" />
            <source>{no} was not printed</source>
            <translation>{no}을(를) 인쇄하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="180" />
            <source>Cash receipt no.…</source>
            <translation>현금영수증 번호…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="181" />
            <source>Tax invoice…</source>
            <translation>세금계산서…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="319" />
            <source>A cash receipt is due for this sale (100,000 won or more, paid in cash or by transfer): record its approval number.</source>
            <translation>이 거래는 현금영수증 발급 대상입니다 (10만 원 이상, 현금 또는 계좌이체 결제). 승인번호를 기록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="419" />
            <source>Cash receipt</source>
            <translation>현금영수증</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="419" />
            <source>Approval number of the cash receipt (현금영수증):</source>
            <translation>현금영수증 승인번호:</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="424" />
            <source>Cash receipt recorded on {no}</source>
            <translation>{no} 청구서에 현금영수증을 기록했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="425" />
            <source>Cash receipt not recorded</source>
            <translation>현금영수증을 기록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="433" />
            <source>Tax invoice</source>
            <translation>세금계산서</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="433" />
            <source>Business registration number (사업자등록번호):</source>
            <translation>사업자등록번호:</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="438" />
            <source>Tax invoice requested for {no}</source>
            <translation>{no} 청구서의 세금계산서 발행을 요청했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="439" />
            <source>Tax invoice not requested</source>
            <translation>세금계산서를 요청하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="196" />
            <source>Vehicle history…</source>
            <translation>차량 이력…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="197" />
            <source>Every visit of the selected invoice's car</source>
            <translation>선택한 계산서 차량의 모든 방문 기록</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="179" />
            <source>Reissue…</source>
            <translation>재발행…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="488" />
            <source>Not reissued</source>
            <translation>재발행되지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="492" />
            <source>Invoice {old} reissued as {new}</source>
            <translation>청구서 {old}을(를) {new}(으)로 재발행했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="207" />
            <source>Document</source>
            <translation>문서</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="210" />
            <source>Payments and refunds</source>
            <translation>결제·환불 내역</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="330" />
            <source>Payments and refunds ({n})</source>
            <translation>결제·환불 내역 ({n})</translation>
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message>
            <location filename="../../ui/models/tables.py" line="92" />
            <source>Overdue</source>
            <translation>지연</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="93" />
            <source>At risk</source>
            <translation>위험</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="122" />
            <source>Promised for {date} and not finished yet.</source>
            <translation>{date}까지 약속했으나 아직 끝나지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="126" />
            <source>The queue now plans it to finish on {finish}, after the promised {date}.</source>
            <translation>대기열상 {finish}에 끝날 예정으로, 약속한 {date}보다 늦습니다.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="48" />
            <source>Reception</source>
            <extracomment>The register of customers and cars (ui.customers.register): a page opened from the desk, not on the rail.</extracomment>
            <translation>접수</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="49" />
            <source>Mechanic bay</source>
            <translation>정비</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="50" />
            <source>Parts</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="51" />
            <source>Board</source>
            <translation>현황판</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="52" />
            <source>Till</source>
            <translation>계산</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="53" />
            <source>Mechanics</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="93" />
            <location filename="../../ui/main_window.py" line="234" />
            <source>Pitlane — {shop}</source>
            <extracomment>The screens each terminal role shows, in rail order. The message shown once another terminal restores the shop (`stop_for_restore`).</extracomment>
            <translation>Pitlane — {shop}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>Menu</source>
            <extracomment>Sign-in, switch user and the idle lock, when the shop has users (ui.users.session).</extracomment>
            <translation>메뉴</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="163" />
            <source>Menu (Alt+M)</source>
            <translation>메뉴 (Alt+M)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="186" />
            <source>Database: {db}</source>
            <translation>데이터베이스: {db}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="187" />
            <source>Terminal: {name}</source>
            <translation>단말기: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="237" />
            <source>Saving…</source>
            <translation>저장 중…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="329" />
            <source>Live</source>
            <translation>실시간</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>Changes from the other terminals appear within a second.</source>
            <translation>다른 단말기의 변경이 1초 안에 나타납니다.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="333" />
            <source>Database unreachable — retrying</source>
            <translation>데이터베이스 연결 끊김 — 재시도 중</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="346" />
            <source>The shop is being restored</source>
            <translation>가게를 복원하는 중입니다</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="348" />
            <source>Quit Pitlane</source>
            <translation>Pitlane 종료</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>Backup…</source>
            <translation>백업…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="54" />
            <source>Reports</source>
            <translation>보고서</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="289" />
            <source>Customers and cars</source>
            <translation>고객·차량 관리</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="212" />
            <source>Shop details…</source>
            <translation>정비소 정보…</translation>
        </message>
    </context>
    <context>
        <name>ManagerPage</name>
        <message>
            <location filename="../../ui/setup/wizard.py" line="175" />
            <source>The first manager</source>
            <translation>첫 관리자</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="177" />
            <source>The manager signs in with this PIN, and adds the other users and PINs later (Users and PINs).</source>
            <translation>관리자는 이 비밀번호로 로그인하고, 다른 사용자와 비밀번호는 나중에 추가합니다 (사용자·비밀번호).</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="188" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="189" />
            <source>PIN (4 to 8 digits)</source>
            <translation>비밀번호 (숫자 4~8자리)</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="190" />
            <source>PIN again</source>
            <translation>비밀번호 확인</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="215" />
            <source>The two PINs are not the same: type the PIN again.</source>
            <translation>두 비밀번호가 다릅니다. 비밀번호를 다시 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>MechanicAdminScreen</name>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="51" />
            <source>Mechanics</source>
            <translation>정비사 관리</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="51" />
            <source>Remaining man-days are what the desk can still book.</source>
            <translation>남은 공수만큼 접수에서 작업을 배정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="68" />
            <source>Register a mechanic</source>
            <translation>정비사 등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="69" />
            <source>Name *</source>
            <translation>이름 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="71" />
            <location filename="../../ui/screens/mechanic_admin.py" line="82" />
            <source> man-day(s)</source>
            <translation>일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="72" />
            <source>Register  (Enter)</source>
            <translation>등록  (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="80" />
            <source>Change remaining man-days</source>
            <translation>남은 공수 변경</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="83" />
            <source>Set</source>
            <translation>변경</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="122" />
            <source>No mechanic yet. Type a name and man-days on the right, then press Enter to register them.</source>
            <translation>아직 정비사가 없습니다. 오른쪽에 이름과 공수를 입력하고 Enter를 눌러 등록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="133" />
            <source>Select a mechanic to change their man-days</source>
            <translation>공수를 바꿀 정비사를 고르세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="135" />
            <source>Change {name}'s remaining man-days</source>
            <translation>{name} 정비사의 남은 공수 변경</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="150" />
            <source>{name} registered</source>
            <translation>{name} 정비사를 등록했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="155" />
            <source>Not registered</source>
            <translation>등록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="166" />
            <source>{name} now has {days} man-day(s) left</source>
            <translation>{name} 정비사의 남은 공수: {days}일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="168" />
            <source>Not changed</source>
            <translation>변경하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="59" />
            <source>Standard jobs…</source>
            <translation>정비 메뉴…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="60" />
            <source>The menu of standard jobs the desk and the bay add in one step</source>
            <translation>접수와 정비에서 한 번에 추가하는 표준 작업 목록</translation>
        </message>
    </context>
    <context>
        <name>MechanicBayScreen</name>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="282" />
            <source>Labour and bill</source>
            <translation>공임·청구</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="417" />
            <source>Work: {term}</source>
            <translation>작업 내용: {term}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="261" />
            <source>Return part  (F9)</source>
            <translation>부품 반납  (F9)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="262" />
            <source>Give back the chosen part: it goes back on the shelf and off the bill</source>
            <translation>선택한 부품을 반납합니다: 재고로 돌아가고 청구에서 빠집니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="662" />
            <source>Returned: {name} × {qty}</source>
            <translation>반납됨: {name} × {qty}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="663" />
            <source>Back on the shelf and off the bill of job #{job}.</source>
            <translation>재고로 돌아갔고 작업 #{job}의 청구에서 빠졌습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="670" />
            <source>Part not returned</source>
            <translation>부품을 반납하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="162" />
            <source>Who are you?</source>
            <extracomment>The queue's columns, most wanted first: the car and its promise always show, whole; the others while the list has room for them, in this order (at 1024 px the list is about 220 px wide: the car and the date). Scans that came while the terminal was busy (a part being requested, the job being started): (job id, text, quantity), requested in order once it is free — a scan is never dropped.</extracomment>
            <translation>정비사 선택</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="187" />
            <source>My jobs</source>
            <translation>내 작업</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="201" />
            <source>Pick your name above to see your jobs.</source>
            <translation>위에서 이름을 누르면 작업이 보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="213" />
            <source>Start job  (F6)</source>
            <translation>작업 시작  (F6)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="214" />
            <location filename="../../ui/screens/mechanic_bay.py" line="539" />
            <source>Finish job  (F8)</source>
            <translation>작업 완료  (F8)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="219" />
            <source>Request a part — scan the barcode, or type its code or name</source>
            <translation>부품 요청 — 바코드를 찍거나 코드·품명을 입력하세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="242" />
            <source>Request part</source>
            <translation>부품 요청</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="278" />
            <source>Parts for this job</source>
            <translation>이 작업의 부품</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="330" />
            <source>{days} man-day(s) left</source>
            <translation>남은 공수 {days}일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="342" />
            <source>Pick your name above to see your jobs (Tab to it, then Space).</source>
            <translation>위에서 내 이름을 고르면 내 작업이 보입니다 (Tab으로 이동, 스페이스바로 선택).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="346" />
            <source>No mechanic is registered yet. Register the shop's mechanics first: Mechanics screen ({key}).</source>
            <translation>등록된 정비사가 없습니다. 먼저 정비사 화면({key})에서 정비사를 등록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="348" />
            <source>No mechanic is registered yet. A manager registers the shop's mechanics first.</source>
            <translation>등록된 정비사가 없습니다. 먼저 관리자가 정비사를 등록해야 합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="376" />
            <source>My jobs ({n})</source>
            <translation>내 작업 ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="381" />
            <source>No open jobs. New ones appear here as soon as the desk accepts them.</source>
            <translation>진행 중인 작업이 없습니다. 접수되면 바로 여기에 나타납니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="403" />
            <source>No job selected</source>
            <translation>선택한 작업 없음</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="404" />
            <source>Choose a job on the left.</source>
            <translation>왼쪽에서 작업을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="408" />
            <source>Job #{job} · {car}</source>
            <translation>작업 #{job} · {car}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="411" />
            <source>{customer} · estimated {days} man-day(s) · receipt #{receipt}</source>
            <translation>{customer} · 예상 공수 {days}일 · 접수 #{receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="419" />
            <source>Note: {note}</source>
            <translation>메모: {note}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="465" />
            <source>Job #{job} started</source>
            <translation>작업 #{job} 시작</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="465" />
            <source>Scan or type the parts you need.</source>
            <translation>필요한 부품을 찍거나 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="528" />
            <source>Tap again to finish #{job}</source>
            <translation>한 번 더 누르면 #{job} 완료</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="545" />
            <source>Job #{job} finished</source>
            <translation>작업 #{job} 완료</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="546" />
            <source>The invoice is issued; the desk takes payment.</source>
            <translation>청구서가 발행되었습니다. 접수에서 결제를 받습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="551" />
            <source>Not done</source>
            <translation>처리하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="560" />
            <source>{stock} in stock</source>
            <translation>재고 {stock}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="613" />
            <source>No part matches “{text}”</source>
            <translation>“{text}”에 맞는 부품이 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="614" />
            <source>Type more of the code or name, or pick one from the list.</source>
            <translation>코드나 품명을 더 입력하거나 목록에서 고르세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="634" />
            <source>Part not requested</source>
            <translation>부품을 요청하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="695" />
            <source>Provided: {name} × {qty}</source>
            <translation>출고: {name} × {qty}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="696" />
            <source>{code} at {price} each, on job #{job}.</source>
            <translation>{code}, 개당 {price}, 작업 #{job}에 추가.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="703" />
            <source>Not provided: {name} × {qty}</source>
            <translation>출고 불가: {name} × {qty}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="264" />
            <source>Additional work…  (F10)</source>
            <translation>추가정비 제안…  (F10)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="269" />
            <source>Menu job…</source>
            <translation>정비 메뉴 추가…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="266" />
            <source>More work found on this car (추가정비): the desk asks the customer before it is billed</source>
            <translation>이 차에서 더 할 작업을 찾았을 때(추가정비): 접수가 고객에게 묻고 나서 청구합니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="222" />
            <source>Part code  (F7)</source>
            <translation>부품 코드  (F7)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="270" />
            <source>A job from the shop's menu: its labour and parts in one step</source>
            <translation>정비 메뉴의 작업: 공임과 부품을 한 번에</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="494" />
            <source>No standard jobs</source>
            <translation>정비 메뉴 없음</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="494" />
            <source>The manager keeps the menu.</source>
            <translation>정비 메뉴는 관리자가 관리합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="508" />
            <source>{name} added</source>
            <translation>{name} 추가됨</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="509" />
            <source>Its labour is on the bill; its parts are requested from the counter.</source>
            <translation>공임은 청구서에 추가되었고 부품은 부품 창구에 요청되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="517" />
            <source>Proposed: {work}</source>
            <translation>제안함: {work}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="518" />
            <source>The desk asks the customer; it is billed only once they agree.</source>
            <translation>접수에서 고객에게 묻습니다. 고객이 동의해야 청구됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="441" />
            <source>Promised for {date}: overdue</source>
            <translation>{date}까지 약속: 지연</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="443" />
            <source>Promised for {date}: at risk, the queue now plans {finish}</source>
            <translation>{date}까지 약속: 위험, 대기열상 {finish} 완료 예정</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="446" />
            <source>Promised for {date}</source>
            <translation>{date}까지 약속</translation>
        </message>
    </context>
    <context>
        <name>MechanicsPage</name>
        <message>
            <location filename="../../ui/setup/wizard.py" line="238" />
            <source>Mechanics and their working days</source>
            <translation>정비사와 근무일</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="241" />
            <source>Type a name and press Enter to add the mechanic; with the name empty, Enter finishes. More can be added later on the Mechanics screen.</source>
            <translation>이름을 입력하고 Enter를 누르면 정비사가 추가됩니다. 이름이 비어 있을 때 Enter를 누르면 완료됩니다. 정비사 화면에서 나중에 더 추가할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="247" />
            <source>Registered already: {names}</source>
            <translation>이미 등록됨: {names}</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="264" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="265" />
            <source>Man-days</source>
            <translation>공수</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="266" />
            <source>Working days</source>
            <translation>근무일</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="269" />
            <source>Add mechanic  (Enter)</source>
            <translation>정비사 추가  (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="270" />
            <source>Remove  (Delete)</source>
            <translation>빼기  (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="312" />
            <source>{name} is on the list already.</source>
            <translation>{name}은(는) 이미 목록에 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="330" />
            <source>{name} · {days} man-days · {weekdays}</source>
            <translation>{name} · 공수 {days}일 · {weekdays}</translation>
        </message>
    </context>
    <context>
        <name>Parts</name>
        <message>
            <location filename="../../ui/models/tables.py" line="186" />
            <source>Out of stock: reorder now.</source>
            <translation>재고 없음: 지금 주문하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="188" />
            <source>Low stock: {stock} left, reorder at {low}.</source>
            <translation>재고 부족: {stock}개 남음, {low}개에서 주문.</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="244" />
            <source>waiting for the counter</source>
            <translation>부품 창구 처리 대기</translation>
        </message>
    </context>
    <context>
        <name>PartsCounterScreen</name>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="169" />
            <source>Parts counter</source>
            <translation>부품 창구</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="171" />
            <source>Find a part by code or name  (Ctrl+F)</source>
            <translation>코드나 품명으로 찾기  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="174" />
            <source>Only low stock</source>
            <translation>재고 부족만</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="175" />
            <source>Register part…  (Ctrl+N)</source>
            <translation>부품 등록…  (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="184" />
            <source>Catalogue</source>
            <translation>부품 목록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="207" />
            <source>Receive a delivery</source>
            <translation>입고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="211" />
            <source>Add to stock</source>
            <translation>재고 추가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="222" />
            <source>Take off the shelf (damaged, lost, count)</source>
            <translation>재고 차감 (파손·분실·실사)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="226" />
            <source>Reason *</source>
            <translation>사유 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="232" />
            <source>Take off stock</source>
            <translation>재고 차감</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="241" />
            <source>Part requests from the bays — live</source>
            <translation>정비실 부품 요청 — 실시간</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="279" />
            <source>Catalogue — {n} parts, {low} low on stock</source>
            <translation>부품 목록 — {n}종, 재고 부족 {low}종</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="290" />
            <source>No parts in the catalogue yet. Register the first one: Register part… (Ctrl+N).</source>
            <translation>아직 등록된 부품이 없습니다. 첫 부품을 등록하세요: 부품 등록… (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="292" />
            <source>No part is low on stock.</source>
            <translation>재고가 부족한 부품이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="294" />
            <source>No part matches. Search for another code or name (Ctrl+F).</source>
            <translation>맞는 부품이 없습니다. 다른 코드나 이름으로 검색하세요 (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="320" />
            <source>Select a part in the catalogue</source>
            <translation>목록에서 부품을 고르세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="325" />
            <source>Out of stock — reorder now.</source>
            <translation>재고 없음 — 지금 주문하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="327" />
            <source>Low — reorder.</source>
            <translation>재고 부족 — 주문하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="329" />
            <source>Enough on the shelf.</source>
            <translation>재고 충분.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="332" />
            <source>{stock} in stock · reorder at {low} · {price} each</source>
            <translation>재고 {stock} · 주문 기준 {low} · 개당 {price}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="354" />
            <source>{qty} × {code} added to stock</source>
            <translation>{code} {qty}개 입고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="349" />
            <source>Not added</source>
            <translation>입고하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="362" />
            <source>Say why (damaged, lost, stock count…).</source>
            <translation>사유를 적어 주세요(파손, 분실, 재고 실사…).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="370" />
            <source>{qty} × {code} taken off stock</source>
            <translation>{code} {qty}개 차감</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="376" />
            <source>Not taken off</source>
            <translation>차감하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="381" />
            <source>Part registered</source>
            <translation>부품을 등록했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="215" />
            <source>Cost each</source>
            <translation>개당 매입가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="216" />
            <source>Purchase cost of one piece of this delivery (optional)</source>
            <translation>이번 입고분 한 개의 매입 단가 (선택)</translation>
        </message>
    </context>
    <context>
        <name>PartsPicker</name>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="73" />
            <source>Add part</source>
            <translation>부품 추가</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="103" />
            <source>{n} in stock</source>
            <translation>재고 {n}</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="55" />
            <source>Take payment — {no}</source>
            <translation>결제 받기 — {no}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="59" />
            <source>Balance due {amount}</source>
            <translation>받을 금액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="65" />
            <source>Card</source>
            <translation>카드</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="66" />
            <source>Transfer</source>
            <translation>계좌이체</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="67" />
            <source>Cash tendered</source>
            <translation>받은 현금</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="70" />
            <source>All by card</source>
            <translation>전액 카드</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="71" />
            <source>All by transfer</source>
            <translation>전액 이체</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="72" />
            <source>Exact cash</source>
            <translation>현금 딱 맞게</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="82" />
            <source>Take payment</source>
            <translation>결제 받기</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="106" />
            <source>Enter whole won amounts only.</source>
            <translation>원 단위 금액만 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="134" />
            <source>Recorded: {parts}. Left to pay after this: {left}.</source>
            <translation>기록: {parts}. 이후 남은 금액: {left}.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="136" />
            <source>Change {amount}</source>
            <translation>거스름돈 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="137" />
            <source>Take {amount}</source>
            <translation>{amount} 받기</translation>
        </message>
    </context>
    <context>
        <name>PdfPane</name>
        <message>
            <location filename="../../ui/till/pdf.py" line="43" />
            <source>Select an invoice to see its PDF.</source>
            <translation>청구서를 고르면 PDF가 보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/pdf.py" line="50" />
            <source>The PDF {name} cannot be shown.</source>
            <translation>PDF {name}을(를) 보여줄 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../ui/users/pin_pad.py" line="54" />
            <source>Who are you?</source>
            <translation>누구세요?</translation>
        </message>
        <message>
            <location filename="../../ui/users/pin_pad.py" line="69" />
            <source>Tap your name</source>
            <translation>이름을 누르세요</translation>
        </message>
        <message>
            <location filename="../../ui/users/pin_pad.py" line="85" />
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <location filename="../../ui/users/pin_pad.py" line="180" />
            <source>Tap your name first.</source>
            <translation>먼저 이름을 누르세요.</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../../ui/till/pdf.py" line="74" />
            <source>Print {name}</source>
            <translation>{name} 인쇄</translation>
        </message>
    </context>
    <context>
        <name>PrivacyRequests</name>
        <message>
            <location filename="../../ui/customers/privacy.py" line="50" />
            <source>Export a customer's data</source>
            <translation>고객 정보 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/customers/privacy.py" line="79" />
            <location filename="../../ui/customers/privacy.py" line="92" />
            <source>Not exported</source>
            <translation>내보내지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/privacy.py" line="79" />
            <source>The file could not be written: {why}.</source>
            <translation>파일을 쓰지 못했습니다: {why}.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/privacy.py" line="84" />
            <source>Exported to {path}</source>
            <translation>{path}(으)로 내보냈습니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/privacy.py" line="86" />
            <source>{path} is readable by this computer's user only. Give the customer a copy, then delete yours.</source>
            <translation>{path} 파일은 이 컴퓨터의 사용자만 읽을 수 있습니다. 고객에게 사본을 건넨 뒤 가게의 사본은 지우세요.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/privacy.py" line="98" />
            <source>Erase customer record {n} ({name}) at the customer's request?

Erased now: the name, phone and note, and the consent decision. Screens show "Erased customer" where the name was.

Kept, because the law makes the shop keep them: issued invoices, receipts and payments (5 years, 국세기본법 §85조의3), repair statements and estimates with their receipts (1 year, 자동차관리법 시행규칙 §134), and the cars with their history, which describe the car, not the person. The record number stays so that those still add up.

This cannot be undone. Tell the customer what was erased and what is kept.</source>
            <translation>고객의 요청으로 고객 관리번호 {n} ({name})의 정보를 삭제할까요?

지금 지우는 것: 이름, 전화번호, 메모와 연락 수신 동의 기록. 화면에는 이름 대신 "삭제된 고객"이 표시됩니다.

법에 따라 보관하는 것: 이미 발행한 계산서·영수증·결제 기록 (5년, 국세기본법 §85조의3), 정비명세서와 견적서 및 그 접수 기록 (1년, 자동차관리법 시행규칙 §134), 그리고 사람이 아닌 차량을 설명하는 차량 정보와 정비 이력. 이 기록들이 맞아떨어지도록 고객 관리번호는 남습니다.

되돌릴 수 없습니다. 무엇을 지우고 무엇을 보관하는지 고객에게 알려 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/privacy.py" line="110" />
            <source>Erase a customer</source>
            <translation>고객 정보 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/customers/privacy.py" line="111" />
            <source>Erase</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../ui/customers/privacy.py" line="122" />
            <source>Customer record {n} is erased; the documents the law requires are kept.</source>
            <translation>고객 관리번호 {n}의 정보를 삭제했습니다. 법에 따라 보관해야 하는 서류는 남아 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>ProposeAdditionalWorkDialog</name>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="349" />
            <source>Propose additional work</source>
            <translation>추가정비 제안</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="354" />
            <source>Job #{job} · {car}: billed only once the customer agrees at the desk.</source>
            <translation>작업 #{job} · {car}: 접수에서 고객이 동의해야 청구됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="361" />
            <source>e.g. 뒤 브레이크 디스크 연마</source>
            <translation>예: 뒤 브레이크 디스크 연마</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="363" />
            <source>Work *</source>
            <translation>작업 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="364" />
            <source>Labour *</source>
            <translation>공임 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="368" />
            <source>Parts</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="365" />
            <source>No parts: labour only.</source>
            <translation>부품 없음: 공임만.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="372" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="373" />
            <source>Propose to the customer</source>
            <translation>고객에게 제안</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="395" />
            <source>Not proposed</source>
            <translation>제안되지 않음</translation>
        </message>
    </context>
    <context>
        <name>ReceptionScreen</name>
        <message>
            <location filename="../../ui/screens/reception.py" line="78" />
            <source>Today's receipts</source>
            <translation>오늘 접수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="81" />
            <source>Search car number or customer  (Ctrl+F)</source>
            <translation>차량번호·고객 검색  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="84" />
            <source>Today only</source>
            <translation>오늘만</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="86" />
            <source>Cancel request…</source>
            <translation>접수 취소…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="217" />
            <source>Today's receipts ({n})</source>
            <translation>오늘 접수 ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="217" />
            <source>Receipts ({n})</source>
            <translation>접수 목록 ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="226" />
            <source>No receipt matches the search: search for something else (Ctrl+F) or untick Today only.</source>
            <translation>검색에 맞는 접수가 없습니다. 다른 말로 검색하거나 (Ctrl+F) 오늘만 선택을 해제하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="228" />
            <source>No receipts today. Fill in the form and press Ctrl+Enter to register the first request.</source>
            <translation>오늘 접수가 없습니다. 양식을 채우고 Ctrl+Enter를 눌러 첫 요청을 등록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="229" />
            <source>No receipts yet. Fill in the form and press Ctrl+Enter to register the first request.</source>
            <translation>아직 접수가 없습니다. 양식을 채우고 Ctrl+Enter를 눌러 첫 요청을 등록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="243" />
            <source>Only a request whose job has not started can be cancelled.</source>
            <translation>작업이 시작되지 않은 접수만 취소할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="245" />
            <source>Cancel the selected request (Delete)</source>
            <translation>선택한 접수 취소 (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="254" />
            <source>Cancel request</source>
            <translation>접수 취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="255" />
            <source>Cancel receipt #{receipt} ({car}, {customer})?
Reason (optional):</source>
            <translation>접수 #{receipt} ({car}, {customer})을(를) 취소할까요?
사유(선택):</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="273" />
            <source>Receipt #{receipt} cancelled</source>
            <translation>접수 #{receipt} 취소됨</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="274" />
            <source>The mechanic's man-days were given back.</source>
            <translation>정비사의 공수가 돌아왔습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="276" />
            <source>Not cancelled</source>
            <translation>취소하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="88" />
            <source>Move to…</source>
            <translation>담당 변경…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="89" />
            <source>Give the selected job to another mechanic before it starts</source>
            <translation>선택한 작업을 시작 전에 다른 정비사에게 넘깁니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="283" />
            <source>There is no other mechanic.</source>
            <translation>다른 정비사가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="283" />
            <location filename="../../ui/screens/reception.py" line="319" />
            <source>Not moved</source>
            <translation>옮기지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="286" />
            <source>{name} — {days} man-day(s) left · free from {day}</source>
            <translation>{name} — 남은 공수 {days}일 · {day}부터 가능</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="293" />
            <source>Move the job</source>
            <translation>작업 담당 변경</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="294" />
            <source>Give receipt #{receipt} ({car}) to:</source>
            <translation>접수 #{receipt} ({car})를 맡길 정비사:</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="316" />
            <source>Receipt #{receipt} moved</source>
            <translation>접수 #{receipt}의 담당을 바꿨습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="317" />
            <source>Its man-days moved with it; both queues and promised dates are updated.</source>
            <translation>공수도 함께 옮겼고, 두 정비사의 작업 순서와 약속일을 다시 잡았습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="98" />
            <source>Estimates…</source>
            <translation>견적…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="100" />
            <source>Estimates, additional work waiting for the customer, a car's recommendations (Ctrl+E)</source>
            <translation>견적, 고객 답변을 기다리는 추가정비, 차량의 추천 정비 (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="67" />
            <source>Customers and cars…</source>
            <extracomment>The desk asked for the register of customers and cars (the main window shows it).</extracomment>
            <translation>고객·차량 관리…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="69" />
            <source>Find, correct, merge, export or erase a customer or a car on the register (Ctrl+R)</source>
            <translation>고객이나 차량을 찾아 고치고, 합치고, 내보내거나 삭제합니다 (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="129" />
            <source>Bill  (Alt+1)</source>
            <translation>청구 내역  (Alt+1)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="143" />
            <source>Type a car number or a phone number in the form: the car's earlier visits show here.</source>
            <translation>접수 양식에 차량번호나 전화번호를 입력하면 그 차량의 이전 방문 기록이 여기에 나옵니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="149" />
            <source>Car history  (Alt+2)</source>
            <translation>차량 이력  (Alt+2)</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsTab</name>
        <message>
            <location filename="../../ui/estimates/desk.py" line="447" />
            <source>Car number, e.g. 12가3456</source>
            <translation>차량번호, 예: 12가3456</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="448" />
            <source>Show</source>
            <translation>조회</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="472" />
            <source>{n} recommendation(s) for this car.</source>
            <translation>이 차량의 추천 정비 {n}건.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/desk.py" line="474" />
            <source>Nothing declined on this car.</source>
            <translation>이 차량에 거절된 작업이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="42" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
    </context>
    <context>
        <name>RecordPicker</name>
        <message>
            <location filename="../../ui/customers/pickers.py" line="59" />
            <source>Car number, its last four digits, phone or name</source>
            <extracomment>What a picker lists: cars or customers.</extracomment>
            <translation>차량번호, 뒤 네 자리, 전화번호 또는 이름</translation>
        </message>
        <message>
            <location filename="../../ui/customers/pickers.py" line="61" />
            <source>Name, phone or car number</source>
            <translation>이름, 전화번호 또는 차량번호</translation>
        </message>
        <message>
            <location filename="../../ui/customers/pickers.py" line="68" />
            <location filename="../../ui/customers/pickers.py" line="136" />
            <source>Pick a record to see what will happen.</source>
            <translation>기록을 고르면 어떻게 되는지 보여 줍니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/pickers.py" line="128" />
            <source>Nothing found: type more, or something else.</source>
            <translation>찾은 기록이 없습니다. 더 입력하거나 다른 말로 찾아보세요.</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="204" />
            <source>Refund on {no}</source>
            <translation>{no} 환불</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="208" />
            <source>Still to give back: {amount}</source>
            <translation>돌려줄 금액: {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="217" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="218" />
            <source>Given back by</source>
            <translation>환불 수단</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="222" />
            <source>Record refund</source>
            <translation>환불 기록</translation>
        </message>
    </context>
    <context>
        <name>RegisterPartDialog</name>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="62" />
            <source>Register a part</source>
            <extracomment>The dialog's input (a key of `errors`) for each field RegisterPart checks.</extracomment>
            <translation>부품 등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="67" />
            <source>e.g. BRK-PAD-F01 (the barcode)</source>
            <translation>예: BRK-PAD-F01 (바코드)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="76" />
            <source>Code *</source>
            <translation>코드 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="78" />
            <source>Name *</source>
            <translation>품명 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="80" />
            <source>Price *</source>
            <translation>단가 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="82" />
            <source>Stock on the shelf</source>
            <translation>현재 재고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="83" />
            <source>Reorder at (low stock)</source>
            <translation>주문 기준 (재고 부족)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="88" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="89" />
            <source>Register part</source>
            <translation>부품 등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="126" />
            <location filename="../../ui/screens/parts_counter.py" line="140" />
            <source>Not registered</source>
            <translation>등록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="84" />
            <source>Origin (구분)</source>
            <translation>부품 구분</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="68" />
            <source>e.g. brake pads (front)</source>
            <translation>예: 브레이크 패드 (앞)</translation>
        </message>
    </context>
    <context>
        <name>RegisterScreen</name>
        <message>
            <location filename="../../ui/customers/register.py" line="100" />
            <source>Customers and cars</source>
            <extracomment>Changes to the register, from this terminal or another: the list is read again. The list's last-visit column, left out below this width (1024 px screens) so the owner's name fits. The desk is done here: show the screen it came from. The customer's requests to see or erase what is held about them.</extracomment>
            <translation>고객·차량 관리</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="101" />
            <source>Every change is recorded with who made it and when; names and phones never enter the log.</source>
            <translation>모든 변경은 누가 언제 했는지 기록됩니다. 이름과 전화번호는 기록에 남기지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="105" />
            <source>Back  (Esc)</source>
            <translation>돌아가기  (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="112" />
            <source>Car number, last four digits, phone, name or VIN  (Ctrl+F)</source>
            <translation>차량번호, 뒤 네 자리, 전화번호, 이름 또는 차대번호  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="134" />
            <source>Change number…</source>
            <translation>차량번호 변경…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="135" />
            <source>The car got a new plate: its history follows it</source>
            <translation>번호판이 바뀌었을 때: 정비 이력은 차량을 따라갑니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="136" />
            <source>Change owner…</source>
            <translation>소유자 변경…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="137" />
            <source>The car changed hands: its history stays with the car</source>
            <translation>차량이 팔렸을 때: 정비 이력은 차량에 남습니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="138" />
            <source>Merge a duplicate car…</source>
            <translation>중복 차량 합치기…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="139" />
            <source>Visits…</source>
            <translation>정비 이력…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="162" />
            <source>Merge a duplicate customer…</source>
            <translation>중복 고객 합치기…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="163" />
            <source>Export data…</source>
            <translation>정보 내보내기…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="164" />
            <source>Everything held about this customer, as JSON or CSV (개인정보 열람)</source>
            <translation>이 고객에 대해 보관 중인 모든 정보를 JSON 또는 CSV로 (개인정보 열람)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="165" />
            <source>Erase on request…</source>
            <translation>요청에 따라 삭제…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="166" />
            <source>Erase the name, phone and note at the customer's request (삭제)</source>
            <translation>고객의 요청으로 이름·전화번호·메모를 지웁니다 (삭제)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="212" />
            <source>Type a car number, a phone, a name or a VIN to find a car (Ctrl+F). A car goes on the register with its first repair request.</source>
            <translation>차량번호, 전화번호, 이름 또는 차대번호를 입력해 차량을 찾으세요 (Ctrl+F). 차량은 첫 수리 요청과 함께 등록됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="247" />
            <source>{n} car(s) found.</source>
            <translation>차량 {n}대를 찾았습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="249" />
            <source>No car on the register matches. Try the last four digits or the phone (Ctrl+F).</source>
            <translation>맞는 차량이 없습니다. 번호 뒤 네 자리나 전화번호로 찾아보세요 (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="287" />
            <source>Could not read the register</source>
            <translation>고객·차량 정보를 읽지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="300" />
            <source>Pick a car from the list</source>
            <translation>목록에서 차량을 고르세요</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="303" />
            <source>{car} · vehicle record {n}</source>
            <translation>{car} · 차량 관리번호 {n}</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="304" />
            <source>{n} visit(s)</source>
            <translation>방문 {n}회</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="306" />
            <source>last reading {km:,} km</source>
            <translation>최근 주행거리 {km:,}km</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="308" />
            <source>formerly {plates}</source>
            <translation>이전 번호 {plates}</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="314" />
            <source>No owner on record</source>
            <translation>등록된 소유자 없음</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="314" />
            <source>Owner</source>
            <translation>소유자</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="316" />
            <location filename="../../ui/customers/register.py" line="336" />
            <source>Record consent</source>
            <translation>수신 동의 기록</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="320" />
            <source>{name} · customer record {n} (erased on {day})</source>
            <translation>{name} · 고객 관리번호 {n} ({day} 삭제)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="326" />
            <source>Owner · customer record {n} · {visits} visit(s)</source>
            <translation>소유자 · 고객 관리번호 {n} · 방문 {visits}회</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="331" />
            <source>Consent to be contacted: not asked yet.</source>
            <translation>연락 수신 동의: 아직 묻지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="333" />
            <source>Agreed to be contacted on {day}.</source>
            <translation>{day}에 연락 수신에 동의했습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="335" />
            <source>Declined to be contacted on {day}.</source>
            <translation>{day}에 연락 수신을 거부했습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="336" />
            <source>Withdraw consent</source>
            <translation>동의 철회</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="338" />
            <source>The customer no longer wants reminders or offers; dated today</source>
            <translation>고객이 안내·홍보 연락을 더 원하지 않습니다. 오늘 날짜로 기록합니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="340" />
            <source>The customer agrees to reminders and offers; dated today</source>
            <translation>고객이 안내·홍보 연락에 동의합니다. 오늘 날짜로 기록합니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="348" />
            <location filename="../../ui/customers/register.py" line="362" />
            <source>Not saved</source>
            <translation>저장하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="355" />
            <source>Saved</source>
            <translation>저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="368" />
            <source>The car's record is corrected.</source>
            <translation>차량 정보를 고쳤습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="374" />
            <source>Change the car number</source>
            <translation>차량번호 변경</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="375" />
            <source>New number for {car} (its visits stay with the car, under both numbers):</source>
            <translation>{car}의 새 차량번호 (정비 이력은 두 번호 모두로 찾을 수 있습니다):</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="388" />
            <source>{old} now carries the number {new}; its history followed it.</source>
            <translation>{old} 차량의 번호가 {new}(으)로 바뀌었습니다. 정비 이력도 함께 옮겨졌습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="406" />
            <source>Change the owner of {car}</source>
            <translation>{car} 소유자 변경</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="407" />
            <source>Find the new owner on the register. The car's visits stay with the car.</source>
            <translation>새 소유자를 고객 목록에서 찾으세요. 정비 이력은 차량에 남습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="408" />
            <source>Make owner</source>
            <translation>소유자로 지정</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="410" />
            <source>{car} will belong to {name} (customer record {n}) from today.</source>
            <translation>오늘부터 {car}의 소유자는 {name} (고객 관리번호 {n})입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="415" />
            <source>No owner known</source>
            <translation>소유자 모름</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="418" />
            <source>The owner of {car} is changed.</source>
            <translation>{car}의 소유자를 바꿨습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="427" />
            <source>Merge a duplicate of {car}</source>
            <translation>{car} 중복 기록 합치기</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="428" />
            <source>Pick the other record of this same car. Its visits and readings move to {car}.</source>
            <translation>같은 차량의 다른 기록을 고르세요. 그 정비 이력과 주행거리 기록이 {car}(으)로 옮겨집니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="431" />
            <location filename="../../ui/customers/register.py" line="475" />
            <source>Merge</source>
            <translation>합치기</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="434" />
            <source>{other} (vehicle record {n}, {visits} visit(s)) becomes part of {car}: its visits and readings move to {car} and {other} is kept as a former number. This cannot be undone.</source>
            <translation>{other} (차량 관리번호 {n}, 방문 {visits}회) 기록이 {car}에 합쳐집니다. 정비 이력과 주행거리 기록이 {car}(으)로 옮겨지고 {other}는 이전 번호로 남습니다. 되돌릴 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="442" />
            <source>The two records of {car} are one now.</source>
            <translation>{car}의 두 기록을 하나로 합쳤습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="453" />
            <source>The customer's record is corrected.</source>
            <translation>고객 정보를 고쳤습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="460" />
            <source>Consent withdrawn, dated today.</source>
            <translation>오늘 날짜로 동의 철회를 기록했습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="462" />
            <source>Consent recorded, dated today.</source>
            <translation>오늘 날짜로 수신 동의를 기록했습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="471" />
            <source>Merge a duplicate of customer record {n}</source>
            <translation>고객 관리번호 {n} 중복 기록 합치기</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="472" />
            <source>Pick the other record of this same person. Their cars and visits move to record {n}.</source>
            <translation>같은 사람의 다른 기록을 고르세요. 그 차량과 방문 기록이 {n}번으로 옮겨집니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="478" />
            <source>Customer record {n} ({cars} car(s), {visits} visit(s)) becomes part of record {keep}: its cars and visits move there, and record {keep} takes its phone and note only where it has none. This cannot be undone.</source>
            <translation>고객 관리번호 {n} (차량 {cars}대, 방문 {visits}회) 기록이 {keep}번에 합쳐집니다. 차량과 방문 기록이 옮겨지고, {keep}번에 전화번호나 메모가 없을 때만 그 값을 가져옵니다. 되돌릴 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/register.py" line="487" />
            <source>The two customer records are one now.</source>
            <translation>두 고객 기록을 하나로 합쳤습니다.</translation>
        </message>
    </context>
    <context>
        <name>ReportColumns</name>
        <message>
            <location filename="../../ui/screens/reports.py" line="60" />
            <source>Day</source>
            <extracomment>Column titles (translated in the "ReportColumns" context), by the report's column name.</extracomment>
            <translation>일자</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="61" />
            <source>Week</source>
            <translation>주</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="62" />
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="63" />
            <source>Invoices</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="64" />
            <source>Cars</source>
            <translation>차량</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="65" />
            <source>Labour</source>
            <translation>공임</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="66" />
            <source>Parts</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="67" />
            <source>Discounts</source>
            <translation>할인</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="68" />
            <source>VAT</source>
            <translation>부가세</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="69" />
            <source>Net sales</source>
            <translation>순매출</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="70" />
            <source>Cash</source>
            <translation>현금</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="71" />
            <source>Card</source>
            <translation>카드</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="72" />
            <source>Transfer</source>
            <translation>계좌이체</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="73" />
            <source>Refunds</source>
            <translation>환불</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="74" />
            <source>Credit notes</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="75" />
            <source>Average order</source>
            <translation>평균 객단가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="76" />
            <source>Mechanic</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="77" />
            <source>Jobs</source>
            <translation>작업</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="78" />
            <source>Man-days sold</source>
            <translation>판매 공수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="79" />
            <source>Man-days available</source>
            <translation>가용 공수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="80" />
            <source>Utilisation %</source>
            <translation>가동률 %</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="81" />
            <source>Overdue</source>
            <translation>지연</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="82" />
            <source>Code</source>
            <translation>코드</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="83" />
            <source>Part</source>
            <translation>부품명</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="84" />
            <source>Used</source>
            <translation>사용</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="85" />
            <source>Revenue</source>
            <translation>매출</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="86" />
            <source>Cost</source>
            <translation>원가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="87" />
            <source>Margin</source>
            <translation>마진</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="88" />
            <source>Margin %</source>
            <translation>마진율 %</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="89" />
            <source>Stock</source>
            <translation>재고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="90" />
            <source>Unit cost</source>
            <translation>매입 단가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="91" />
            <source>Stock at cost</source>
            <translation>재고 원가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="92" />
            <source>Low-stock mark</source>
            <translation>재고 부족 기준</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="93" />
            <source>Below mark</source>
            <translation>기준 미달</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="94" />
            <source>Slow mover</source>
            <translation>부진 재고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="95" />
            <source>Age (days)</source>
            <translation>경과(일)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="96" />
            <source>Still owed</source>
            <translation>미수금</translation>
        </message>
    </context>
    <context>
        <name>ReportPane</name>
        <message>
            <location filename="../../ui/screens/reports.py" line="333" />
            <source>Nobody owes the shop anything. Press F5 to read again.</source>
            <extracomment>When a report's columns do not all fit (a 1024-wide screen), those that matter most follow its first.</extracomment>
            <translation>받을 돈이 없습니다. F5를 누르면 다시 읽습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="335" />
            <source>No mechanic worked in these days. Choose another range above, or press F5 to read again.</source>
            <translation>이 기간에 작업한 정비사가 없습니다. 위에서 다른 기간을 고르거나 F5를 눌러 다시 읽으세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="337" />
            <source>No part was sold in these days. Choose another range above, or press F5 to read again.</source>
            <translation>이 기간에 판매된 부품이 없습니다. 위에서 다른 기간을 고르거나 F5를 눌러 다시 읽으세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="338" />
            <source>No sales in these days. Choose another range above, or press F5 to read again.</source>
            <translation>이 기간에 매출이 없습니다. 위에서 다른 기간을 고르거나 F5를 눌러 다시 읽으세요.</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <location filename="../../ui/screens/reports.py" line="100" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="101" />
            <source>This week</source>
            <translation>이번 주</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="102" />
            <source>This month</source>
            <translation>이번 달</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="103" />
            <source>Last month</source>
            <translation>지난 달</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="104" />
            <source>Custom</source>
            <translation>직접 지정</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="107" />
            <source>By day</source>
            <translation>일별</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="108" />
            <source>By week</source>
            <translation>주별</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="109" />
            <source>By month</source>
            <translation>월별</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="171" />
            <source>Total</source>
            <translation>합계</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="205" />
            <source>Labour and parts</source>
            <translation>공임과 부품</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="206" />
            <source>Utilisation %</source>
            <translation>가동률 %</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="208" />
            <source>Margin of the ten best parts</source>
            <translation>마진 상위 10개 부품</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="210" />
            <source>Still owed by age</source>
            <translation>경과일별 미수금</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="266" />
            <source>thousand won</source>
            <translation>천원</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="370" />
            <source>Reports</source>
            <translation>보고서</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="371" />
            <source>Sales as the Z reports count them, mechanics' use, parts' margins, and what is still owed.</source>
            <translation>Z 마감과 같은 기준의 매출, 정비사 가동률, 부품 마진, 미수금.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="390" />
            <source>Export CSV</source>
            <translation>CSV 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="391" />
            <source>Export XLSX</source>
            <translation>XLSX 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="392" />
            <source>Month summary PDF</source>
            <translation>월간 요약 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="393" />
            <source>Range</source>
            <translation>기간</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="422" />
            <source>Sales</source>
            <translation>매출</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="423" />
            <source>Mechanics</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="424" />
            <source>Parts</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="425" />
            <source>Receivables</source>
            <translation>미수금</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="550" />
            <source>{first} to {last}: {days} days</source>
            <translation>{first} ~ {last}: {days}일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="596" />
            <source>Saved</source>
            <translation>저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="604" />
            <source>Export the report</source>
            <translation>보고서 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="610" />
            <source>Save the month summary</source>
            <translation>월간 요약 저장</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="415" />
            <location filename="../../ui/screens/reports.py" line="416" />
            <source>Reading the reports…</source>
            <translation>보고서를 읽는 중…</translation>
        </message>
    </context>
    <context>
        <name>RequestForm</name>
        <message>
            <location filename="../../ui/screens/request_form.py" line="94" />
            <source>New repair request</source>
            <extracomment>The form's input (a key of `errors`) for each field RequestRepair checks, in the form's order. The desk typed in the car number field (the screen looks up the car's earlier visits). The desk typed in the phone field (the screen looks the phone's digits up on the register). The form was emptied for the next customer.</extracomment>
            <translation>새 수리 접수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="94" />
            <source>Fields marked * are required.</source>
            <translation>* 표시는 필수 항목입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="104" />
            <source>e.g. 12가3456</source>
            <translation>예: 12가3456</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="105" />
            <source>VIN, optional</source>
            <translation>차대번호(선택)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="111" />
            <source> day(s)</source>
            <translation>일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="117" />
            <source>What the customer said, when they pick up the car…</source>
            <translation>고객 요청 사항, 차량 찾아갈 시간 등…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="122" />
            <source>Customer *</source>
            <translation>고객 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="123" />
            <source>Phone</source>
            <translation>전화번호</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="124" />
            <source>Car number *</source>
            <translation>차량번호 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="125" />
            <source>Car id (VIN)</source>
            <translation>차대번호</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="128" />
            <source>Mechanic *</source>
            <translation>정비사 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="137" />
            <source>Man-days *</source>
            <translation>공수 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="140" />
            <source>Fare *</source>
            <translation>공임 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="147" />
            <source>Work</source>
            <translation>작업 내용</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="157" />
            <source>Notes</source>
            <translation>메모</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="170" />
            <source>Clear</source>
            <translation>지우기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="171" />
            <source>Empty the form (Ctrl+N)</source>
            <translation>입력 내용 지우기 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="172" />
            <source>Register request  (Ctrl+Enter)</source>
            <translation>접수 등록  (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="182" />
            <source>Ctrl+Enter register · Ctrl+N new request · Ctrl+F search receipts · Delete cancel the selected receipt</source>
            <translation>Ctrl+Enter 접수 등록 · Ctrl+N 새 접수 · Ctrl+F 접수 검색 · Delete 선택한 접수 취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="215" />
            <source>Choose a mechanic…</source>
            <translation>정비사를 고르세요…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="283" />
            <source>{name} has {left} man-day(s) left and this needs {need}: the request will be rejected. Choose another mechanic or lower the estimate.</source>
            <translation>{name} 정비사의 남은 공수는 {left}일인데 이 작업은 {need}일이 필요해 거절됩니다. 다른 정비사를 고르거나 공수를 줄이세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="331" />
            <source>Check the form</source>
            <translation>입력 내용을 확인하세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="331" />
            <source>Correct the fields marked in red, then register again.</source>
            <translation>빨간색으로 표시된 항목을 고친 뒤 다시 등록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="339" />
            <location filename="../../ui/screens/request_form.py" line="383" />
            <source>Registering the request…</source>
            <translation>접수 등록 중…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="353" />
            <source>Rejected — receipt #{receipt}</source>
            <translation>거절 — 접수 #{receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="360" />
            <source>Accepted — receipt #{receipt}, job #{job}</source>
            <translation>접수 완료 — 접수 #{receipt}, 작업 #{job}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="361" />
            <source>{mechanic} has the job for {car}. Give the customer receipt number {receipt}.</source>
            <translation>{mechanic} 정비사가 {car} 작업을 맡았습니다. 고객에게 접수번호 {receipt}번을 알려 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="367" />
            <source>Registered — receipt #{receipt}</source>
            <translation>등록됨 — 접수 #{receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="368" />
            <source>Waiting for the mechanic's answer; the board will show it.</source>
            <translation>정비사 배정을 기다리는 중입니다. 현황판에 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="389" />
            <source>Not registered</source>
            <translation>등록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="220" />
            <source>{name} — {days} man-day(s) left · free from {day} · {jobs} open job(s)</source>
            <translation>{name} — 남은 공수 {days}일 · {day}부터 가능 · 진행 작업 {jobs}건</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="115" />
            <source>YYYY-MM-DD, optional</source>
            <translation>YYYY-MM-DD, 선택</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="152" />
            <source>Wanted by</source>
            <translation>희망 완료일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="291" />
            <source>{name} is free from {day}: a job wanted by {wanted} may be rejected. The picker shows who is free sooner.</source>
            <translation>{name} 정비사는 {day}부터 가능합니다. {wanted}까지 원하는 작업은 거절될 수 있습니다. 더 빨리 가능한 정비사는 목록에서 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="365" />
            <source>Promised for {date}.</source>
            <translation>완료 예정일은 {date}입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="106" />
            <source>from the register</source>
            <translation>등록된 정보에서</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="108" />
            <source>km on the odometer, optional</source>
            <translation>계기판 km, 선택</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="126" />
            <source>Model</source>
            <translation>차명</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="127" />
            <source>Mileage (km)</source>
            <translation>주행거리(km)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="376" />
            <source>Lower mileage than last time</source>
            <translation>지난번보다 적은 주행거리</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="377" />
            <source>{why}

Was the odometer replaced?</source>
            <translation>{why}

계기판을 교체했습니까?</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="217" />
            <source>No mechanic yet: register one first</source>
            <translation>정비사 없음: 먼저 정비사를 등록하세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="234" />
            <source>No mechanic is registered yet. Register the shop's mechanics first: Mechanics screen ({key}).</source>
            <translation>등록된 정비사가 없습니다. 먼저 정비사 화면({key})에서 정비사를 등록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="236" />
            <source>No mechanic is registered yet. A manager registers the shop's mechanics first.</source>
            <translation>등록된 정비사가 없습니다. 먼저 관리자가 정비사를 등록해야 합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="102" />
            <source>e.g. Hong Gil-dong</source>
            <extracomment>Beside the title, for the screen's own buttons (the desk's way to the register).</extracomment>
            <translation>예: 홍길동</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="114" />
            <source>e.g. engine oil change</source>
            <translation>예: 엔진오일 교환</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../ui/users/session.py" line="124" />
            <source>Switch user</source>
            <extracomment>A screen is offered when the user may give at least one of these commands (the board: to everyone). Buttons inside a screen that give one command: hidden from a user who may not give it. (screen, attribute path on the screen, command) The bay's PIN pad lists mechanics (and managers); the desk's everyone.</extracomment>
            <translation>사용자 전환</translation>
        </message>
        <message>
            <location filename="../../ui/users/session.py" line="128" />
            <source>Users and PINs…</source>
            <translation>사용자·비밀번호…</translation>
        </message>
        <message>
            <location filename="../../ui/users/session.py" line="129" />
            <source>Audit trail…</source>
            <translation>감사 기록…</translation>
        </message>
        <message>
            <location filename="../../ui/users/session.py" line="239" />
            <source>Audit</source>
            <translation>감사 기록</translation>
        </message>
        <message>
            <location filename="../../ui/users/session.py" line="174" />
            <source>Locked</source>
            <translation>잠김</translation>
        </message>
        <message>
            <location filename="../../ui/users/session.py" line="258" />
            <source>Users and PINs</source>
            <translation>사용자·비밀번호</translation>
        </message>
    </context>
    <context>
        <name>ShopDetailsDialog</name>
        <message>
            <location filename="../../ui/setup/shop_details_dialog.py" line="34" />
            <source>Shop details</source>
            <extracomment>The key that opens the dialog from the main window.</extracomment>
            <translation>정비소 정보</translation>
        </message>
        <message>
            <location filename="../../ui/setup/shop_details_dialog.py" line="40" />
            <source>Printed on every invoice, receipt, estimate, repair statement and Z report issued from now on. Documents already issued keep the details they were issued with.</source>
            <translation>지금부터 발행하는 청구서, 영수증, 견적서, 정비 명세서, 마감 보고서에 인쇄됩니다. 이미 발행한 서류는 발행할 때의 정보를 그대로 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/shop_details_dialog.py" line="54" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../../ui/setup/shop_details_dialog.py" line="55" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/setup/shop_details_dialog.py" line="79" />
            <location filename="../../ui/setup/shop_details_dialog.py" line="81" />
            <source>Not saved</source>
            <translation>저장하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/setup/shop_details_dialog.py" line="81" />
            <source>Something went wrong; see the log.</source>
            <translation>문제가 생겼습니다. 로그를 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>ShopDetailsForm</name>
        <message>
            <location filename="../../ui/setup/shop_details_form.py" line="44" />
            <source>as on the business registration</source>
            <extracomment>Which field a refusal is about, by the code of the field's name.</extracomment>
            <translation>사업자등록증의 상호</translation>
        </message>
        <message>
            <location filename="../../ui/setup/shop_details_form.py" line="59" />
            <source>Shop name</source>
            <translation>상호</translation>
        </message>
        <message>
            <location filename="../../ui/setup/shop_details_form.py" line="60" />
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <location filename="../../ui/setup/shop_details_form.py" line="61" />
            <source>Business registration no.</source>
            <translation>사업자등록번호</translation>
        </message>
        <message>
            <location filename="../../ui/setup/shop_details_form.py" line="62" />
            <source>Phone</source>
            <translation>전화번호</translation>
        </message>
        <message>
            <location filename="../../ui/setup/shop_details_form.py" line="63" />
            <source>Owner</source>
            <translation>대표자</translation>
        </message>
        <message>
            <location filename="../../ui/setup/shop_details_form.py" line="64" />
            <source>Repair business registration no.</source>
            <translation>정비업 등록번호</translation>
        </message>
    </context>
    <context>
        <name>ShopPage</name>
        <message>
            <location filename="../../ui/setup/wizard.py" line="94" />
            <source>Your shop</source>
            <extracomment>The widest the wizard's column (titles, fields, buttons) grows: on a 1920-wide screen its fields would otherwise stretch across the whole screen, the label on the far left of a name typed on the far right.</extracomment>
            <translation>정비소</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="95" />
            <source>The letterhead of invoices, receipts, estimates and repair statements.</source>
            <translation>청구서, 영수증, 견적서, 정비 명세서 머리에 인쇄되는 정보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="100" />
            <source>Your shop's name, as on its sign</source>
            <translation>간판에 적힌 정비소 이름</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../ui/fmt.py" line="26" />
            <source>Returned</source>
            <translation>반납</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="16" />
            <source>Requested</source>
            <extracomment>Job status (the board's `job_status`) -&gt; label; translated in the "Status" context.</extracomment>
            <translation>요청됨</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="17" />
            <source>Waiting</source>
            <translation>대기</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="18" />
            <location filename="../../ui/fmt.py" line="24" />
            <source>In work</source>
            <translation>작업 중</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="19" />
            <source>Finished</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="20" />
            <source>Rejected</source>
            <translation>거절</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="21" />
            <source>Cancelled</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="23" />
            <source>Accepted</source>
            <translation>접수됨</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="25" />
            <source>Provided</source>
            <translation>출고</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="28" />
            <source>Open</source>
            <translation>답변 대기</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="29" />
            <source>Approved</source>
            <translation>승인</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="30" />
            <source>Declined</source>
            <translation>거절</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="31" />
            <source>Proposed</source>
            <translation>제안됨</translation>
        </message>
    </context>
    <context>
        <name>TerminalPage</name>
        <message>
            <location filename="../../ui/setup/wizard.py" line="113" />
            <source>VAT, invoice folder and language</source>
            <translation>부가세, 청구서 폴더, 언어</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="114" />
            <source>Kept in this computer's settings profile.</source>
            <translation>이 컴퓨터의 설정 프로필에 저장됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="122" />
            <source>VAT rate</source>
            <translation>부가세율</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="124" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="134" />
            <location filename="../../ui/setup/wizard.py" line="143" />
            <source>Invoice folder</source>
            <translation>청구서 폴더</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="139" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="160" />
            <source>Choose the folder invoices are written to.</source>
            <translation>청구서를 저장할 폴더를 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="162" />
            <source>Give the whole path of the folder, from the top (such as /home/shop/invoices).</source>
            <translation>폴더의 전체 경로를 입력하세요 (예: /home/shop/invoices).</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="164" />
            <source>That is a file, not a folder: choose a folder.</source>
            <translation>폴더가 아니라 파일입니다. 폴더를 선택하세요.</translation>
        </message>
    </context>
    <context>
        <name>Till</name>
        <message>
            <location filename="../../ui/till/invoices.py" line="48" />
            <source>Open balances</source>
            <extracomment>(key, label) of the list's filter.</extracomment>
            <translation>미수금</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="49" />
            <source>Refunds due</source>
            <translation>환불할 금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="50" />
            <source>All invoices</source>
            <translation>전체 청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="23" />
            <source>Cash</source>
            <translation>현금</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="24" />
            <source>Card</source>
            <translation>카드</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="25" />
            <source>Transfer</source>
            <translation>계좌이체</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="29" />
            <source>Owed</source>
            <translation>미수</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="30" />
            <source>Paid</source>
            <translation>완납</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="31" />
            <source>Voided</source>
            <translation>무효</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="32" />
            <source>Refund due</source>
            <translation>환불 예정</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="109" />
            <source>Refund</source>
            <translation>환불</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="111" />
            <source>Payment</source>
            <translation>결제</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="137" />
            <source>Total</source>
            <translation>합계</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="107" />
            <source>Print {no}</source>
            <translation>{no} 인쇄</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="109" />
            <source>This invoice is paid. Print the receipt (what was paid and how) or the invoice as issued?</source>
            <translation>결제가 끝난 청구서입니다. 영수증(결제 내역)을 인쇄할까요, 발행된 청구서를 인쇄할까요?</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="113" />
            <source>Receipt</source>
            <translation>영수증</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="114" />
            <source>Invoice as issued</source>
            <translation>발행된 청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="117" />
            <source>Repair statement (명세서)</source>
            <translation>정비 명세서</translation>
        </message>
    </context>
    <context>
        <name>TillDialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="39" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>TillScreen</name>
        <message>
            <location filename="../../ui/till/screen.py" line="45" />
            <source>Write the PDFs again</source>
            <translation>PDF 다시 만들기</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="54" />
            <source>Invoices and payments</source>
            <translation>청구서·결제</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="55" />
            <source>Day close</source>
            <translation>일 마감</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="77" />
            <source>{n} PDF(s) could not be written: {numbers}</source>
            <translation>PDF {n}건을 만들지 못했습니다: {numbers}</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="78" />
            <source>The invoices themselves are saved. {what}</source>
            <translation>청구서 자체는 저장되어 있습니다. {what}</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <location filename="../../ui/users/users_screen.py" line="58" />
            <source>Users of the shop</source>
            <translation>매장 사용자</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="70" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="71" />
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="72" />
            <source>Mechanic</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="73" />
            <source>PIN</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="76" />
            <source>Add user  (Enter)</source>
            <translation>사용자 추가  (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="77" />
            <source>Reset PIN of the selected user</source>
            <translation>선택한 사용자의 비밀번호 초기화</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="78" />
            <source>Disable the selected user</source>
            <translation>선택한 사용자 사용 중지</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="84" />
            <source>My PIN</source>
            <translation>내 비밀번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="88" />
            <source>Current PIN</source>
            <translation>현재 비밀번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="89" />
            <source>New PIN</source>
            <translation>새 비밀번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="91" />
            <source>Change my PIN</source>
            <translation>내 비밀번호 바꾸기</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="122" />
            <source>Only you are a user yet. Type a name, pick a role and a PIN below, then press Enter to add a user.</source>
            <translation>아직 사용자는 본인뿐입니다. 아래에 이름을 입력하고 역할과 비밀번호를 고른 뒤 Enter를 눌러 사용자를 추가하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="125" />
            <source>No user yet. Type a name, pick a role and a PIN below, then press Enter to add a user.</source>
            <translation>아직 사용자가 없습니다. 아래에 이름을 입력하고 역할과 비밀번호를 고른 뒤 Enter를 눌러 사용자를 추가하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="143" />
            <source>User added</source>
            <translation>사용자를 추가했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="155" />
            <location filename="../../ui/users/users_screen.py" line="162" />
            <source>Select a user first.</source>
            <translation>먼저 사용자를 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="157" />
            <source>PIN reset</source>
            <translation>비밀번호를 초기화했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="164" />
            <source>User disabled</source>
            <translation>사용자를 사용 중지했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="173" />
            <source>Your PIN is changed</source>
            <translation>비밀번호를 바꿨습니다</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="184" />
            <source>Not saved</source>
            <translation>저장되지 않았습니다</translation>
        </message>
    </context>
    <context>
        <name>VehicleForm</name>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="92" />
            <source>Save car</source>
            <translation>차량 저장</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="94" />
            <source>e.g. 쏘나타</source>
            <translation>예: 쏘나타</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="95" />
            <source>17 characters, optional</source>
            <translation>17자, 선택</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="96" />
            <source>e.g. 2019</source>
            <translation>예: 2019</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="97" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="98" />
            <source>Model</source>
            <translation>차명</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="99" />
            <source>VIN</source>
            <translation>차대번호</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="100" />
            <source>Model year</source>
            <translation>연식</translation>
        </message>
        <message>
            <location filename="../../ui/customers/record_forms.py" line="101" />
            <source>First registered</source>
            <translation>최초등록일</translation>
        </message>
    </context>
    <context>
        <name>VehicleHistoryDialog</name>
        <message>
            <location filename="../../ui/customers/history.py" line="46" />
            <source>Vehicle history — {car}</source>
            <translation>차량 이력 — {car}</translation>
        </message>
        <message>
            <location filename="../../ui/customers/history.py" line="68" />
            <source>The history could not be read</source>
            <translation>이력을 읽지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>VehicleHistoryPanel</name>
        <message>
            <location filename="../../ui/customers/history.py" line="36" />
            <source>Visits of {car} ({n})</source>
            <translation>{car} 방문 기록 ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/customers/history.py" line="38" />
            <source>{car} has no visits yet</source>
            <translation>{car}: 아직 방문 기록이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>VehicleLookup</name>
        <message>
            <location filename="../../ui/customers/lookup.py" line="53" />
            <source>Use this car's details</source>
            <extracomment>Fewer characters than this match too many cars to be worth a look-up. The desk picked a car (or the search found exactly one): fill the form from it. The desk asked to use the chosen car's details, plate included.</extracomment>
            <translation>이 차량 정보 사용</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="54" />
            <source>Correct…</source>
            <translation>고치기…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="55" />
            <source>Correct the chosen car's model or VIN, or its owner's name or phone</source>
            <translation>선택한 차량의 차명·차대번호, 소유자의 이름·전화번호를 고칩니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="56" />
            <source>Merge a duplicate…</source>
            <translation>중복 기록 합치기…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="57" />
            <source>Another record listed here is this same car: make them one</source>
            <translation>목록의 다른 기록이 같은 차량이면 하나로 합칩니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="122" />
            <source>{n} cars match — pick one</source>
            <translation>일치하는 차량 {n}대 — 하나를 고르세요</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="125" />
            <source>Pick a car to see its visits.</source>
            <translation>차량을 고르면 방문 기록이 보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="138" />
            <source>no owner on record</source>
            <translation>등록된 소유자 없음</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="140" />
            <source>{car} · {model} · {owner}</source>
            <translation>{car} · {model} · {owner}</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="189" />
            <source>Merge a duplicate</source>
            <translation>중복 기록 합치기</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="190" />
            <source>Which record is the same car as {car}? Its visits move to {car}; this cannot be undone.</source>
            <translation>어느 기록이 {car}와 같은 차량입니까? 그 방문 기록이 {car}로 옮겨지며 되돌릴 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="220" />
            <source>Saved</source>
            <translation>저장됨</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="220" />
            <source>The register is corrected.</source>
            <translation>고객·차량 정보를 고쳤습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="226" />
            <source>Not saved</source>
            <translation>저장되지 않음</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="154" />
            <source>Recommended from earlier visits: {work}</source>
            <translation>지난 방문 때 권한 정비: {work}</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="163" />
            <source>Void invoice {no}</source>
            <extracomment>The payment dialog's input for each field the tender plan names.</extracomment>
            <translation>청구서 {no} 무효 처리</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="167" />
            <source>A credit note will cancel invoice {no} in full. An issued invoice is never changed: if the work is billed again, a new invoice is issued.</source>
            <translation>취소 전표로 청구서 {no} 전액을 취소합니다. 발행된 청구서는 고치지 않습니다. 다시 청구하려면 새 청구서를 발행합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="171" />
            <source>The customer paid {amount}; record the refund afterwards.</source>
            <translation>고객이 {amount}을(를) 냈습니다. 무효 처리 후 환불을 기록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="175" />
            <source>Why is it voided? (printed on the credit note)</source>
            <translation>무효 사유 (취소 전표에 인쇄됨)</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="180" />
            <source>Void invoice</source>
            <translation>무효 처리</translation>
        </message>
    </context>
    <context>
        <name>WorkingDays</name>
        <message>
            <location filename="../../ui/screens/working_days.py" line="36" />
            <source>Mon</source>
            <translation>월</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="37" />
            <source>Tue</source>
            <translation>화</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="38" />
            <source>Wed</source>
            <translation>수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="39" />
            <source>Thu</source>
            <translation>목</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="40" />
            <source>Fri</source>
            <translation>금</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="41" />
            <source>Sat</source>
            <translation>토</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="42" />
            <source>Sun</source>
            <translation>일</translation>
        </message>
    </context>
    <context>
        <name>WorkingDaysPanel</name>
        <message>
            <location filename="../../ui/screens/working_days.py" line="69" />
            <source>Working days</source>
            <translation>근무일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="79" />
            <source>Save the week</source>
            <translation>근무 요일 저장</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="84" />
            <source>Day off</source>
            <translation>휴무</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="85" />
            <source>Works</source>
            <translation>근무</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="93" />
            <source>Shop closed (everyone)</source>
            <translation>정비소 휴업 (전체)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="102" />
            <source>Why (optional)</source>
            <translation>사유 (선택)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="103" />
            <source>Close the shop</source>
            <translation>휴업 등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="145" />
            <source>Select a mechanic to set their working days</source>
            <translation>근무일을 정할 정비사를 선택하세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="148" />
            <source>{name}'s working days</source>
            <translation>{name} 정비사의 근무일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="164" />
            <location filename="../../ui/screens/working_days.py" line="170" />
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="165" />
            <source>Days off: {days}</source>
            <translation>휴무일: {days}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="170" />
            <source>Closed: {days}</source>
            <translation>휴업: {days}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="197" />
            <source>Working days saved</source>
            <translation>근무 요일을 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="204" />
            <source>{day} saved</source>
            <translation>{day} 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="209" />
            <source>Closure saved</source>
            <translation>휴업 기간을 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="242" />
            <source>Not saved</source>
            <translation>저장하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="112" />
            <source>Shop closures</source>
            <translation>휴업일 목록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="118" />
            <source>Open again  (Del)</source>
            <translation>휴업 취소  (Del)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="119" />
            <source>Remove the chosen closure: the shop works those days after all</source>
            <translation>선택한 휴업을 지웁니다: 그 날들은 다시 영업일이 됩니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="219" />
            <source>Closure removed</source>
            <translation>휴업을 취소했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="225" />
            <source>Open the shop again?</source>
            <translation>휴업을 취소할까요?</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="227" />
            <source>Remove the closure {closure}? Those days become working days again and the queues are planned anew.</source>
            <translation>휴업 {closure}을(를) 지울까요? 그 날들은 다시 근무일이 되고 대기열을 새로 계획합니다.</translation>
        </message>
    </context>
</TS>