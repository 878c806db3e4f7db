export function App() {
  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">Policy Workbench</h1>
    </main>
  );
}
