/** The contact editor: every kind of field, inline validation, and what the detail pane shows. */
import { expect, test } from './fixtures';
import { callApi } from './support/api';

test('create a contact with addresses, dates, links and custom fields', async ({ page }) => {
  await page.getByRole('button', { name: 'New contact' }).first().click();
  const form = page.getByRole('form', { name: 'New contact' });
  await form.getByLabel('First name').fill('Maria');
  await form.getByLabel('Last name').fill('Santos');
  await form.getByLabel('Organization').fill('Lakeside Clinic');
  await form.getByLabel('Department').fill('Cardiology');
  await form.getByLabel('Email address 1', { exact: true }).fill('maria@lakeside.example');
  await form.getByRole('button', { name: 'Add address' }).click();
  await form.getByLabel('Street').fill('Strada Memorandumului 28');
  await form.getByLabel('City').fill('Cluj-Napoca');
  await form.getByLabel('Country').fill('Romania');
  await form.getByRole('button', { name: 'Add website' }).click();
  await form.getByLabel('Website 1', { exact: true }).fill('https://lakeside.example');
  // A birthday without a year.
  await form.getByLabel('Day of Birthday').fill('29');
  await form.getByLabel('Month of Birthday').selectOption({ label: 'February' });
  await form.getByRole('button', { name: 'Add custom field' }).click();
  await form.getByLabel('Name of custom field 1').fill('Shoe size');
  await form.getByLabel('Value of custom field 1').fill('38');
  await form.getByRole('button', { name: 'Add related person' }).click();
  await form.getByLabel('Relation of person 1').fill('assistant');
  await form.getByLabel('Name of related person 1').fill('Ion Pop');
  await form.getByLabel('Tags').fill('doctor, vip');
  await form.getByRole('button', { name: 'Save' }).click();

  const detail = page.getByRole('article', { name: 'Maria Santos' });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('link', { name: 'maria@lakeside.example' })).toHaveAttribute('target', '_blank');
  await expect(detail.getByText('Cluj-Napoca')).toBeVisible();
  await expect(detail.getByRole('link', { name: 'https://lakeside.example' })).toBeVisible();
  // The window's language (en) writes the month first; the year was left empty.
  await expect(detail.getByText('February 29', { exact: true })).toBeVisible();
  await expect(detail.getByText('Shoe size')).toBeVisible();
  await expect(detail.getByText('Ion Pop')).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Lakeside Clinic' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /vip/ })).toBeVisible();

  // The organization is a filter: clicking it lists everyone there.
  await detail.getByRole('button', { name: 'Lakeside Clinic' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lakeside Clinic' })).toBeVisible();
});

test('edit shows inline errors for a bad email, an impossible phone and a day without a month', async ({ page, rapportServer }) => {
  await callApi(page, rapportServer, 'contacts.create', { given: 'Ana', family: 'Ionescu' });
  await page.getByRole('option', { name: /Ana Ionescu/ }).click();
  await page.getByRole('article', { name: 'Ana Ionescu' }).getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Edit contact' });
  const email = form.getByLabel('Email address 1', { exact: true });
  const phone = form.getByLabel('Phone number 1', { exact: true });
  await email.fill('ana.example.org');
  await phone.fill('+40 12');
  await form.getByLabel('Day of Birthday').fill('14');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('This does not look like an email address.');
  await expect(phone).toHaveAccessibleDescription('No phone number looks like this: check the digits and the country code.');
  await expect(form.getByText('Choose the month.')).toBeVisible();

  // Fixing them clears the errors as the person types; the number is shown formatted.
  await email.fill('ana@example.org');
  await phone.fill('+40721000111');
  await expect(form.getByText('+40 721 000 111')).toBeVisible();
  await form.getByLabel('Month of Birthday').selectOption({ label: 'March' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  const detail = page.getByRole('article', { name: 'Ana Ionescu' });
  await expect(detail.getByRole('link', { name: 'ana@example.org' })).toHaveAttribute('href', 'mailto:ana@example.org');
  await expect(detail.getByRole('link', { name: '+40721000111' })).toHaveAttribute('href', 'tel:+40721000111');
  await expect(detail.getByText('March 14', { exact: true })).toBeVisible();
});

test('a photo is cropped square and saved as a small JPEG', async ({ page }) => {
  await page.getByRole('button', { name: 'New contact' }).first().click();
  const form = page.getByRole('form', { name: 'New contact' });
  await form.getByLabel('First name').fill('Noa');
  // A 3×2 PNG made on the spot by the page's own canvas.
  const png = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 300;
    canvas.height = 200;
    const context = canvas.getContext('2d');
    if (context) {
      context.fillStyle = '#3366cc';
      context.fillRect(0, 0, 300, 200);
    }
    return canvas.toDataURL('image/png').split(',')[1] ?? '';
  });
  await page.locator('#photo-file').setInputFiles({ name: 'noa.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  const crop = page.getByRole('dialog', { name: 'Crop the photo' });
  await crop.getByRole('slider', { name: 'Zoom' }).fill('2');
  await crop.getByRole('button', { name: 'Use photo' }).click();
  await expect(crop).toBeHidden();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('img', { name: 'Photo of Noa' })).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
});
